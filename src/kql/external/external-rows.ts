import { parse } from 'csv-parse/sync';
import { coercerFor, INVALID } from '../load/coerce.ts';
import type { KqlColumn, RawTable } from '../types.ts';

/** Delimiters of the text formats `externaldata` reads (Kusto's ingestion formats of the same names). */
const DELIMITED: Readonly<Record<string, string>> = {
  csv: ',',
  tsv: '\t',
  tsve: '\t',
  scsv: ';',
  sohsv: '\u0001',
  psv: '|',
};

/**
 * The rows of one `externaldata` source: `text` read as `format` (csv by default; tsv, scsv, psv, txt —
 * one line per row, json/multijson — objects by column name) and typed by the declared columns. A cell
 * that does not read as its column's type is null, as Kusto ingests it. Throws Error with a plain
 * reason on a format the engine cannot read.
 */
export function externalRows(
  text: string,
  columns: readonly KqlColumn[],
  properties: Readonly<Record<string, string>>,
): RawTable['rows'] {
  const format = (properties.format ?? 'csv').toLowerCase();
  const skipFirst = properties.ignorefirstrecord?.toLowerCase() === 'true';
  const coercers = columns.map((column) => coercerFor(column.type));
  const typed = (cells: readonly unknown[]) =>
    coercers.map((coerce, i) => {
      const value = cells[i] === undefined ? null : coerce(cells[i]);
      return value === INVALID ? null : value;
    });
  let records: unknown[][];
  if (Object.hasOwn(DELIMITED, format)) {
    records = parse(text, {
      bom: true,
      delimiter: DELIMITED[format],
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
    }) as string[][];
  } else if (format === 'txt' || format === 'raw') {
    records = text
      .split(/\r?\n/)
      .filter((line, i, all) => line !== '' || i < all.length - 1)
      .map((line) => [line]);
  } else if (format === 'json' || format === 'multijson') {
    records = jsonRecords(text).map((record) => columns.map((column) => record[column.name]));
  } else {
    throw new Error(`format "${format}" is not read by the local engine (csv, tsv, scsv, psv, txt, json, multijson)`);
  }
  return (skipFirst ? records.slice(1) : records).map(typed);
}

/** JSON Lines, or one JSON array of objects, or one object. */
function jsonRecords(text: string): Record<string, unknown>[] {
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) return (JSON.parse(trimmed) as unknown[]).filter(isRecord);
  return trimmed
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as unknown)
    .filter(isRecord);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
