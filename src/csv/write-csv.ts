import { stringify } from 'csv-stringify/sync';

/**
 * The one CSV writer: every CSV huntops produces (audit export, findings, `huntops kql`) goes through it.
 *
 * Hunt data, chat ids and log fields are attacker-controlled, and a spreadsheet runs a cell that starts
 * with one of these as a formula (CSV injection). Following OWASP's guidance such a text cell gets a
 * leading `'`, which spreadsheets show as text; the full-width forms are included because some
 * spreadsheet locales normalise them to the ASCII ones.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export type CsvCell = string | number | boolean | null | undefined;

export interface CsvOptions {
  /** `\r\n` between records (RFC 4180 as Excel writes it) instead of `\n`. */
  readonly crlf?: boolean;
}

/** A header row and the records under it as RFC 4180 CSV, each text cell made safe to open in a spreadsheet. */
export function writeCsv(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  options: CsvOptions = {},
): string {
  return stringify([header.map(safeCell), ...rows.map((row) => row.map(safeCell))], {
    record_delimiter: options.crlf ? 'windows' : 'unix',
  });
}

/** One cell's text: empty for null, numbers and booleans as written (a negative number stays a number). */
function safeCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  return FORMULA_START.test(value) ? `'${value}` : value;
}
