import { parentPort, workerData } from 'node:worker_threads';
import type { KqlColumn } from '../types.ts';
import { KqlLoadError } from './errors.ts';
import { readJsonLinesFile } from './jsonl-file.ts';
import { TableAccumulator, type TablePart } from './table-accumulator.ts';

/** What the main thread sends: one byte range of one JSON Lines file and the table's column types so far. */
export interface RangeJob {
  readonly path: string;
  readonly file: string;
  readonly table: string;
  readonly columns: readonly KqlColumn[];
  readonly keep?: ReadonlySet<string>;
  readonly start: number;
  readonly end: number;
}

/** The range read as a table part, or why not; error lines count from the range's start. */
export type RangeAnswer =
  | { readonly ok: true; readonly lines: number; readonly part: TablePart }
  | {
      readonly ok: false;
      readonly loadError?: Pick<KqlLoadError, 'code' | 'problem' | 'line' | 'column' | 'hint'>;
      readonly message: string;
    };

const job = (workerData as { input: RangeJob }).input;
const table = new TableAccumulator(job.table, job.columns, job.keep);
let answer: RangeAnswer;
try {
  const lines = await readJsonLinesFile(job.path, job.file, table, job);
  answer = { ok: true, lines, part: table.toPart() };
} catch (error) {
  const loadError =
    error instanceof KqlLoadError
      ? { code: error.code, problem: error.problem, line: error.line, column: error.column, hint: error.hint }
      : undefined;
  answer = { ok: false, loadError, message: (error as Error).message };
}
parentPort?.postMessage(answer, answer.ok ? transferables(answer.part) : []);

/** The typed arrays of the finished columns move to the main thread instead of being copied. */
function transferables(part: TablePart): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const { column } of part.slots) {
    if (column === undefined) continue;
    for (const array of [
      'codes' in column ? column.codes : undefined,
      'values' in column && ArrayBuffer.isView(column.values) ? column.values : undefined,
      'nulls' in column ? column.nulls : undefined,
    ])
      if (array) buffers.add(array.buffer as ArrayBuffer);
  }
  return [...buffers];
}
