import type { KqlType } from '../types.ts';
import { BOOL_NULL, BoolColumn, type Column, DynamicColumn, type NumberColumn, StringColumn } from './column.ts';
import { columnWriter } from './column-writer.ts';

/** A run of rows to append: `rows` of `column`, or that many nulls when `column` is null. */
export interface ColumnPart {
  readonly column: Column | null;
  readonly rows: Int32Array;
}

/**
 * Concatenates parts into one dense column of `type` (union). Parts must hold `type` or be null.
 * Strings are merged through their dictionaries (one lookup per distinct string, not per row).
 */
export function concatColumns(type: KqlType, parts: readonly ColumnPart[]): Column {
  const length = parts.reduce((sum, part) => sum + part.rows.length, 0);
  if (type === 'string' || type === 'guid') return concatStrings(type, parts, length);
  if (type === 'bool') {
    const values = new Uint8Array(length).fill(BOOL_NULL);
    forEachRow(parts, (column, row, i) => {
      values[i] = (column as BoolColumn).values[row];
    });
    return new BoolColumn(values);
  }
  if (type === 'dynamic') {
    const values = new Array<unknown>(length).fill(null);
    forEachRow(parts, (column, row, i) => {
      values[i] = (column as DynamicColumn).values[row];
    });
    return new DynamicColumn(values);
  }
  const writer = columnWriter(type, length);
  let offset = 0;
  for (const part of parts) {
    const column = part.column as NumberColumn | null;
    for (let i = 0; i < part.rows.length; i++)
      writer.set(offset + i, column === null ? null : column.get(part.rows[i]));
    offset += part.rows.length;
  }
  return writer.finish();
}

function forEachRow(parts: readonly ColumnPart[], copy: (column: Column, row: number, index: number) => void): void {
  let offset = 0;
  for (const part of parts) {
    if (part.column !== null) for (let i = 0; i < part.rows.length; i++) copy(part.column, part.rows[i], offset + i);
    offset += part.rows.length;
  }
}

function concatStrings(type: 'string' | 'guid', parts: readonly ColumnPart[], length: number): Column {
  const dictionary: string[] = [''];
  const index = new Map<string, number>([['', 0]]);
  const codes = new Int32Array(length);
  let offset = 0;
  for (const part of parts) {
    const column = part.column as StringColumn | null;
    if (column !== null) {
      const translate = Int32Array.from(column.dictionary, (s) => {
        let code = index.get(s);
        if (code === undefined) {
          code = dictionary.length;
          dictionary.push(s);
          index.set(s, code);
        }
        return code;
      });
      for (let i = 0; i < part.rows.length; i++) codes[offset + i] = translate[column.codes[part.rows[i]]];
    }
    offset += part.rows.length;
  }
  return new StringColumn(type, codes, dictionary);
}
