import type { KqlType } from '../types.ts';
import {
  BOOL_NULL,
  BoolColumn,
  type Column,
  DynamicColumn,
  isNumericType,
  NumberColumn,
  StringColumn,
} from './column.ts';

/**
 * Fills a column of known length by row index, then freezes it with `finish()`.
 * Loaders use it for the fast path (no intermediate row objects); operators use it for computed
 * columns. Rows never written read as null ("" for strings).
 *
 * @example
 * const w = columnWriter('string', 3); w.set(0, 'a'); w.set(2, 'a'); const col = w.finish();
 */
export interface ColumnWriter {
  readonly type: KqlType;
  /** Stores a value given in the engine representation; values of the wrong JS type become null / "". */
  set(row: number, value: unknown): void;
  finish(): Column;
}

export function columnWriter(type: KqlType, length: number): ColumnWriter {
  if (type === 'string' || type === 'guid') return new StringWriter(type, length);
  if (type === 'bool') return new BoolWriter(length);
  if (type === 'dynamic') return new DynamicWriter(length);
  if (isNumericType(type)) return new NumberWriter(type, length);
  throw new TypeError(`columnWriter: unknown KQL type '${type as string}'`);
}

class StringWriter implements ColumnWriter {
  private readonly codes: Int32Array;
  // Code 0 is always "" so unwritten rows and missing strings read as "" (Kusto strings are never null).
  private readonly dictionary: string[] = [''];
  private readonly index = new Map<string, number>([['', 0]]);
  constructor(
    readonly type: 'string' | 'guid',
    length: number,
  ) {
    this.codes = new Int32Array(length);
  }
  set(row: number, value: unknown): void {
    const s = typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value);
    let code = this.index.get(s);
    if (code === undefined) {
      code = this.dictionary.length;
      this.dictionary.push(s);
      this.index.set(s, code);
    }
    this.codes[row] = code;
  }
  finish(): Column {
    return new StringColumn(this.type, this.codes, this.dictionary);
  }
}

class NumberWriter implements ColumnWriter {
  private readonly values: Float64Array;
  private nulls: Uint8Array | null = null;
  constructor(
    readonly type: NumericType,
    private readonly length: number,
  ) {
    this.values = new Float64Array(length);
  }
  set(row: number, value: unknown): void {
    if (typeof value === 'number') {
      this.values[row] = value;
      if (this.nulls !== null) this.nulls[row] = 0;
      return;
    }
    if (this.nulls === null) this.nulls = new Uint8Array(this.length);
    this.nulls[row] = 1;
  }
  finish(): Column {
    return new NumberColumn(this.type, this.values, this.nulls);
  }
}
type NumericType = NumberColumn['type'];

class BoolWriter implements ColumnWriter {
  readonly type = 'bool';
  private readonly values: Uint8Array;
  constructor(length: number) {
    this.values = new Uint8Array(length).fill(BOOL_NULL);
  }
  set(row: number, value: unknown): void {
    this.values[row] = value === true ? 1 : value === false ? 0 : BOOL_NULL;
  }
  finish(): Column {
    return new BoolColumn(this.values);
  }
}

class DynamicWriter implements ColumnWriter {
  readonly type = 'dynamic';
  private readonly values: unknown[];
  constructor(length: number) {
    this.values = new Array(length).fill(null);
  }
  set(row: number, value: unknown): void {
    this.values[row] = value === undefined ? null : value;
  }
  finish(): Column {
    return new DynamicColumn(this.values);
  }
}

/** Builds a column from values already in the engine representation. */
export function columnFromValues(type: KqlType, values: readonly unknown[]): Column {
  const writer = columnWriter(type, values.length);
  for (let row = 0; row < values.length; row++) writer.set(row, values[row]);
  return writer.finish();
}

/**
 * Copies the rows `rows` (physical indices of `column`) into a new dense column. A row index of -1
 * yields null ("" for strings): outer joins use it for the missing side. Strings keep their
 * dictionary, so gathering is pure integer copying.
 */
export function gatherColumn(column: Column, rows: Int32Array): Column {
  const n = rows.length;
  switch (column.kind) {
    case 'string': {
      let dictionary = column.dictionary;
      let emptyCode = -1;
      const codes = new Int32Array(n);
      for (let i = 0; i < n; i++) {
        const row = rows[i];
        if (row >= 0) codes[i] = column.codes[row];
        else {
          if (emptyCode < 0) {
            emptyCode = column.codeOf('');
            if (emptyCode < 0) {
              emptyCode = dictionary.length;
              dictionary = [...dictionary, ''];
            }
          }
          codes[i] = emptyCode;
        }
      }
      return new StringColumn(column.type, codes, dictionary);
    }
    case 'number': {
      const values = new Float64Array(n);
      const source = column.values;
      const sourceNulls = column.nulls;
      let nulls: Uint8Array | null = null;
      for (let i = 0; i < n; i++) {
        const row = rows[i];
        if (row >= 0 && (sourceNulls === null || sourceNulls[row] === 0)) values[i] = source[row];
        else {
          nulls ??= new Uint8Array(n);
          nulls[i] = 1;
        }
      }
      return new NumberColumn(column.type, values, nulls);
    }
    case 'bool': {
      const values = new Uint8Array(n);
      for (let i = 0; i < n; i++) values[i] = rows[i] >= 0 ? column.values[rows[i]] : BOOL_NULL;
      return new BoolColumn(values);
    }
    case 'dynamic': {
      const values = new Array<unknown>(n);
      for (let i = 0; i < n; i++) values[i] = rows[i] >= 0 ? column.values[rows[i]] : null;
      return new DynamicColumn(values);
    }
  }
}
