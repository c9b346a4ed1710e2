import { writeCsv } from '../csv/index.ts';
import type { WireTable } from '../kql/index.ts';

/** How `huntops kql` prints a result: the wire JSON, an aligned text table, or RFC 4180 CSV. */
export const KQL_OUTPUT_FORMATS = ['json', 'table', 'csv'] as const;
export type KqlOutputFormat = (typeof KQL_OUTPUT_FORMATS)[number];

export function formatResult(table: WireTable, format: KqlOutputFormat): string {
  switch (format) {
    case 'json':
      return JSON.stringify(table);
    case 'csv':
      return writeCsv(
        table.columns.map((c) => c.name),
        table.rows.map((row) => row.map(csvCell)),
        { crlf: true },
      );
    case 'table':
      return alignedTable(table);
  }
}

/** Numbers stay numbers in CSV, so a negative count is not mistaken for a formula and escaped. */
function csvCell(value: unknown): string | number {
  return typeof value === 'number' ? value : cellText(value);
}

/** Text of one wire value: null is empty, dynamic values are JSON. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** Columns padded to their widest cell; newlines inside cells are shown as `\n` so rows stay on one line. */
function alignedTable(table: WireTable): string {
  const header = table.columns.map((c) => c.name);
  const body = table.rows.map((row) => row.map((value) => cellText(value).replace(/\r?\n/g, '\\n')));
  const widths = header.map((name, i) => Math.max(name.length, ...body.map((row) => row[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const footer = `(${table.rows.length} row${table.rows.length === 1 ? '' : 's'})`;
  return [line(header), rule, ...body.map(line), footer].join('\n');
}
