import type { KqlType } from '../types.ts';
import { estimateDynamicColumnBytes } from './dynamic-bytes.ts';

/**
 * Physical column storage. A column holds one value per *physical* row; tables select and order
 * physical rows through a selection vector, so filtering and sorting never copy column data.
 *
 * Reading a value: `column.get(row)` returns it in the engine representation of ../types.ts.
 * Hot paths read the typed arrays directly (`codes`, `values`, `nulls`).
 */
export type Column = StringColumn | NumberColumn | BoolColumn | DynamicColumn;

export type StringLikeType = 'string' | 'guid';
export type NumericType = 'int' | 'long' | 'real' | 'decimal' | 'datetime' | 'timespan';

/** Strings, dictionary-encoded: equal strings share one code, so hashing and equality are integer work. */
export class StringColumn {
  readonly kind = 'string';
  private codeIndex: Map<string, number> | undefined;
  constructor(
    readonly type: StringLikeType,
    readonly codes: Int32Array,
    /** Distinct strings; `codes[row]` indexes it. Entries are unique. */
    readonly dictionary: readonly string[],
  ) {}
  get length(): number {
    return this.codes.length;
  }
  get(row: number): string {
    return this.dictionary[this.codes[row]];
  }
  /** The code of `value`, or -1 when no row holds it: lets `col == "x"` compare integers per row. */
  codeOf(value: string): number {
    if (this.codeIndex === undefined) {
      this.codeIndex = new Map();
      for (let code = 0; code < this.dictionary.length; code++) this.codeIndex.set(this.dictionary[code], code);
    }
    return this.codeIndex.get(value) ?? -1;
  }
}

/** int, long, real, decimal, datetime (epoch ms) and timespan (ms), with an optional null mask. */
export class NumberColumn {
  readonly kind = 'number';
  constructor(
    readonly type: NumericType,
    readonly values: Float64Array,
    /** 1 marks a null row; `null` when the column has no nulls (the common, fast case). */
    readonly nulls: Uint8Array | null,
  ) {}
  get length(): number {
    return this.values.length;
  }
  get(row: number): number | null {
    return this.nulls !== null && this.nulls[row] === 1 ? null : this.values[row];
  }
  isNull(row: number): boolean {
    return this.nulls !== null && this.nulls[row] === 1;
  }
}

/** Booleans as bytes: 0 false, 1 true, `BOOL_NULL` null. */
export const BOOL_NULL = 2;

export class BoolColumn {
  readonly kind = 'bool';
  readonly type = 'bool';
  constructor(readonly values: Uint8Array) {}
  get length(): number {
    return this.values.length;
  }
  get(row: number): boolean | null {
    const v = this.values[row];
    return v === BOOL_NULL ? null : v === 1;
  }
}

/** Dynamic (JSON) values kept as parsed JS values. */
export class DynamicColumn {
  readonly kind = 'dynamic';
  readonly type = 'dynamic';
  constructor(readonly values: readonly unknown[]) {}
  get length(): number {
    return this.values.length;
  }
  get(row: number): unknown {
    return this.values[row];
  }
}

export function isNumericType(type: KqlType): type is NumericType {
  return (
    type === 'int' ||
    type === 'long' ||
    type === 'real' ||
    type === 'decimal' ||
    type === 'datetime' ||
    type === 'timespan'
  );
}

/** Rough in-memory size, used by the memory guard (strings count 2 bytes per UTF-16 unit). */
export function estimateColumnBytes(column: Column): number {
  switch (column.kind) {
    case 'string':
      return column.codes.byteLength + dictionaryBytes(column.dictionary);
    case 'number':
      return column.values.byteLength + (column.nulls?.byteLength ?? 0);
    case 'bool':
      return column.values.byteLength;
    case 'dynamic':
      return estimateDynamicColumnBytes(column.values);
  }
}

// Gathered and filtered columns share their dictionary, so its size is computed once.
const dictionarySizes = new WeakMap<readonly string[], number>();

function dictionaryBytes(dictionary: readonly string[]): number {
  let bytes = dictionarySizes.get(dictionary);
  if (bytes === undefined) {
    bytes = 0;
    for (const s of dictionary) bytes += 40 + s.length * 2;
    dictionarySizes.set(dictionary, bytes);
  }
  return bytes;
}
