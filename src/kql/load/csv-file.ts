import { CsvError, parse } from 'csv-parse/sync';
import type { KqlColumn } from '../types.ts';
import { planCsvHeader } from './csv-headers.ts';
import { KqlLoadError, type WarningSink } from './errors.ts';
import { readUtf8 } from './read-text.ts';
import type { TableAccumulator } from './table-accumulator.ts';

/** Excel writes this when it took a cell starting with `-` or `=` for a formula: the value is lost. */
const EXCEL_NAME_ERROR = '#NAME?';

/**
 * Reads a CSV file (RFC 4180, any line ending, quoted multi-line cells, optional BOM) into the
 * accumulator, applying the portal-export header mapping of ./csv-headers.ts.
 */
export async function readCsvFile(
  path: string,
  file: string,
  table: TableAccumulator,
  schema: readonly KqlColumn[] | undefined,
  warn: WarningSink,
): Promise<void> {
  const bytes = await readUtf8(path);
  const records = parseCsv(bytes, file);
  if (records.length === 0) {
    warn({ file, message: 'empty file: no header row, no rows' });
    return;
  }
  const plan = planCsvHeader(records[0].record, schema);
  for (const note of plan.notes) warn({ file, message: note });
  table.beginFile(file, true);
  const slots = plan.columns.map((column) => table.slot(column.name, column.typeHint));
  const damaged = new Map<string, number>();
  const lines = new LineCounter(bytes);
  let recordStart = records[0].info.bytes;
  for (let r = 1; r < records.length; r++) {
    const { record, info } = records[r];
    const line = lines.lineAt(recordStart);
    recordStart = info.bytes;
    plan.columns.forEach((column, c) => {
      const cell = pickCell(record, column.sources);
      if (cell === EXCEL_NAME_ERROR) damaged.set(column.name, (damaged.get(column.name) ?? 0) + 1);
      table.put(slots[c], cell, line);
    });
    table.endRow();
  }
  if (damaged.size > 0) warn({ file, message: describeExcelDamage(damaged) });
}

function pickCell(record: readonly string[], sources: readonly number[]): string {
  if (sources.length === 1) return record[sources[0]];
  for (const index of sources) if (record[index] !== '') return record[index];
  return '';
}

function describeExcelDamage(damaged: Map<string, number>): string {
  const where = [...damaged].map(([column, count]) => `${column} (${count})`).join(', ');
  return `${EXCEL_NAME_ERROR} cells in ${where}: Excel took values such as "-\\-" for formulas and lost them; kept as the text "${EXCEL_NAME_ERROR}". Re-export without opening the file in Excel to recover them.`;
}

interface CsvRecord {
  readonly record: string[];
  readonly info: { readonly bytes: number };
}

function parseCsv(bytes: Buffer, file: string): CsvRecord[] {
  try {
    return parse(bytes, { bom: true, info: true, skip_empty_lines: true }) as unknown as CsvRecord[];
  } catch (error) {
    const line = error instanceof CsvError ? (error as CsvError & { lines?: number }).lines : undefined;
    const ragged = error instanceof CsvError && error.code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH';
    throw new KqlLoadError(
      'KQLL004',
      ragged ? 'a row has a different number of cells than the header' : `${(error as Error).message}`,
      {
        file,
        line,
        hint: ragged
          ? 'Every row needs one cell per header column; quote cells that contain commas ("a,b").'
          : 'Check the quoting near that line: a quote inside a cell must be doubled ("").',
        cause: error,
      },
    );
  }
}

/** 1-based line of a byte offset, counting forward only (records arrive in file order). */
class LineCounter {
  private offset = 0;
  private line = 1;
  constructor(private readonly bytes: Buffer) {}
  lineAt(byteOffset: number): number {
    // A record starts after the previous record's line break; skip blank lines in between.
    let start = byteOffset;
    while (start < this.bytes.length && (this.bytes[start] === 0x0a || this.bytes[start] === 0x0d)) start++;
    for (; this.offset < start; this.offset++) if (this.bytes[this.offset] === 0x0a) this.line++;
    return this.line;
  }
}
