import {
  BOOL_NULL,
  BoolColumn,
  type Column,
  DynamicColumn,
  isNumericType,
  NumberColumn,
  type NumericType,
  StringColumn,
} from '../engine/column.ts';
import type { KqlType } from '../types.ts';

/**
 * Growable column builders: a streaming loader does not know the row count up front, so unlike
 * the engine's fixed-length `columnWriter` these double their typed arrays as rows arrive.
 * Rows may be skipped (a JSON line without that key); skipped rows read as null ("" for strings).
 * Values must already be in the engine representation (see ./coerce.ts).
 */
export interface ColumnBuilder {
  readonly type: KqlType;
  set(row: number, value: unknown): void;
  /**
   * Appends a column of this builder's type, built elsewhere (another thread's part of the same file),
   * from row `offset`. Takes the column's fields only, so a structured-clone copy will do.
   */
  append(offset: number, column: Column): void;
  finish(length: number): Column;
}

const INITIAL_CAPACITY = 1024;

export function columnBuilder(type: KqlType): ColumnBuilder {
  if (type === 'string' || type === 'guid') return new StringBuilder(type);
  if (type === 'bool') return new BoolBuilder();
  if (type === 'dynamic') return new DynamicBuilder();
  if (isNumericType(type)) return new NumberBuilder(type);
  throw new TypeError(`columnBuilder: unknown KQL type '${type as string}'`);
}

function grown<T extends Int32Array | Float64Array | Uint8Array>(array: T, needed: number, fill?: number): T {
  if (needed < array.length) return array;
  let capacity = array.length;
  while (capacity <= needed) capacity *= 2;
  const next = new (array.constructor as new (n: number) => T)(capacity);
  if (fill !== undefined) next.fill(fill, array.length);
  next.set(array);
  return next;
}

/** Dictionary-encodes as it goes, so a million repeated IPs cost one string each, not a million. */
class StringBuilder implements ColumnBuilder {
  private codes = new Int32Array(INITIAL_CAPACITY);
  private readonly dictionary: string[] = [''];
  private readonly index = new Map<string, number>([['', 0]]);
  constructor(readonly type: 'string' | 'guid') {}
  private lastText = '';
  private lastCode = 0;
  set(row: number, value: unknown): void {
    const text = value as string;
    // Logs repeat values row after row (Type, ResultType, a burst from one IP): skip the hash lookup.
    const code = text === this.lastText ? this.lastCode : this.codeOf(text);
    this.lastText = text;
    this.lastCode = code;
    if (row >= this.codes.length) this.codes = grown(this.codes, row);
    this.codes[row] = code;
  }
  append(offset: number, column: Column): void {
    const { codes, dictionary } = column as StringColumn;
    if (codes.length === 0) return;
    // One lookup per distinct string of the part, then integer copies.
    const remap = Int32Array.from(dictionary, (text) => this.codeOf(text));
    this.codes = grown(this.codes, offset + codes.length - 1);
    for (let i = 0; i < codes.length; i++) this.codes[offset + i] = remap[codes[i]];
  }
  private codeOf(text: string): number {
    let code = this.index.get(text);
    if (code === undefined) {
      code = this.dictionary.length;
      this.dictionary.push(text);
      this.index.set(text, code);
    }
    return code;
  }
  finish(length: number): Column {
    return new StringColumn(this.type, grown(this.codes, length).slice(0, length), this.dictionary);
  }
}

class NumberBuilder implements ColumnBuilder {
  private values = new Float64Array(INITIAL_CAPACITY);
  /** 1 = null; every row starts null until written, so skipped rows need no bookkeeping. */
  private nulls = new Uint8Array(INITIAL_CAPACITY).fill(1);
  private anyNull = false;
  constructor(readonly type: NumericType) {}
  set(row: number, value: unknown): void {
    this.values = grown(this.values, row);
    this.nulls = grown(this.nulls, row, 1);
    if (value === null) {
      this.anyNull = true;
      return;
    }
    this.values[row] = value as number;
    this.nulls[row] = 0;
  }
  append(offset: number, column: Column): void {
    const { values, nulls } = column as NumberColumn;
    if (values.length === 0) return;
    const last = offset + values.length - 1;
    this.values = grown(this.values, last);
    this.nulls = grown(this.nulls, last, 1);
    this.values.set(values, offset);
    if (nulls === null) this.nulls.fill(0, offset, last + 1);
    else {
      this.nulls.set(nulls, offset);
      this.anyNull ||= nulls.includes(1);
    }
  }
  finish(length: number): Column {
    const nulls = grown(this.nulls, length, 1).slice(0, length);
    const hasNull = this.anyNull || nulls.includes(1);
    return new NumberColumn(this.type, grown(this.values, length).slice(0, length), hasNull ? nulls : null);
  }
}

class BoolBuilder implements ColumnBuilder {
  readonly type = 'bool';
  private values = new Uint8Array(INITIAL_CAPACITY).fill(BOOL_NULL);
  set(row: number, value: unknown): void {
    this.values = grown(this.values, row, BOOL_NULL);
    this.values[row] = value === true ? 1 : value === false ? 0 : BOOL_NULL;
  }
  append(offset: number, column: Column): void {
    const { values } = column as BoolColumn;
    if (values.length === 0) return;
    this.values = grown(this.values, offset + values.length - 1, BOOL_NULL);
    this.values.set(values, offset);
  }
  finish(length: number): Column {
    return new BoolColumn(grown(this.values, length, BOOL_NULL).slice(0, length));
  }
}

class DynamicBuilder implements ColumnBuilder {
  readonly type = 'dynamic';
  private readonly values: unknown[] = [];
  set(row: number, value: unknown): void {
    while (this.values.length < row) this.values.push(null);
    this.values[row] = value;
  }
  append(offset: number, column: Column): void {
    const { values } = column as DynamicColumn;
    for (let i = 0; i < values.length; i++) this.set(offset + i, values[i]);
  }
  finish(length: number): Column {
    while (this.values.length < length) this.values.push(null);
    this.values.length = length;
    return new DynamicColumn(this.values);
  }
}

/**
 * Columns for schema columns no file had: all rows null ("" for strings). A SigninLogs export may
 * fill 15 of the table's 78 columns, so the empty ones share one backing array per kind instead
 * of costing 4-9 bytes per row each (columns are immutable, so sharing is safe).
 */
export function emptyColumnFactory(length: number): (type: KqlType) => Column {
  const codes = lazily(() => new Int32Array(length));
  const bools = lazily(() => new Uint8Array(length).fill(BOOL_NULL));
  const dynamics = lazily(() => new Array<unknown>(length).fill(null));
  const numbers = lazily(() => new Float64Array(length));
  const numberNulls = lazily(() => (length === 0 ? null : new Uint8Array(length).fill(1)));
  return (type) => {
    if (type === 'string' || type === 'guid') return new StringColumn(type, codes(), ['']);
    if (type === 'bool') return new BoolColumn(bools());
    if (type === 'dynamic') return new DynamicColumn(dynamics());
    return new NumberColumn(type, numbers(), numberNulls());
  };
}

function lazily<T>(create: () => T): () => T {
  let value: { readonly made: T } | undefined;
  return () => {
    value ??= { made: create() };
    return value.made;
  };
}
