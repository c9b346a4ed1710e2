import { open, stat } from 'node:fs/promises';
import type { Worker } from 'node:worker_threads';
import { startTsWorker } from '../threads/index.ts';
import { KqlLoadError } from './errors.ts';
import { type ByteRange, readJsonLinesFile } from './jsonl-file.ts';
import type { RangeAnswer, RangeJob } from './jsonl-range-worker.ts';
import type { TableAccumulator } from './table-accumulator.ts';

const RANGE_WORKER = new URL('./jsonl-range-worker.ts', import.meta.url);

/** How a large JSON Lines file is read: on how many threads, and from what size on it is worth splitting. */
export interface SplitOptions {
  readonly threads: number;
  readonly minSplitBytes: number;
}

/**
 * Reads a JSON Lines file into the accumulator, splitting a large one into byte ranges read at once
 * on several threads (JSON parsing is most of a load's time). This thread reads the first range;
 * the others come back as table parts appended in file order, so rows, column order, inferred types
 * and error line numbers are the same as from one sequential read.
 */
export async function readJsonLinesSplit(
  path: string,
  file: string,
  table: TableAccumulator,
  options: SplitOptions,
): Promise<void> {
  const { size } = await stat(path);
  if (options.threads < 2 || size < options.minSplitBytes) {
    await readJsonLinesFile(path, file, table);
    return;
  }
  const [first, ...rest] = await lineAlignedRanges(path, size, options.threads);
  const columns = table.typedColumns();
  const workers = rest.map((range) =>
    startTsWorker(RANGE_WORKER, {
      path,
      file,
      table: table.name,
      columns,
      keep: table.keep,
      ...range,
    } satisfies RangeJob),
  );
  const answers = workers.map(answerOf);
  let lines: number;
  try {
    lines = await readJsonLinesFile(path, file, table, first);
  } catch (error) {
    for (const worker of workers) void worker.terminate();
    throw error;
  }
  for (const answer of await Promise.all(answers)) {
    if (!answer.ok) throw rangeError(answer, file, lines);
    table.absorb(answer.part);
    lines += answer.lines;
  }
}

function answerOf(worker: Worker): Promise<RangeAnswer> {
  return new Promise((resolve) => {
    worker.once('message', resolve);
    worker.once('error', (error) => resolve({ ok: false, message: error.message }));
    worker.once('exit', (code) => resolve({ ok: false, message: `the reading thread exited with code ${code}` }));
  });
}

/** A range's failure as the sequential read would have reported it: line numbers count from the file's start. */
function rangeError(answer: Extract<RangeAnswer, { ok: false }>, file: string, linesBefore: number): Error {
  const loadError = answer.loadError;
  if (loadError === undefined) return new Error(answer.message);
  return new KqlLoadError(loadError.code, loadError.problem, {
    file,
    line: loadError.line === undefined ? undefined : loadError.line + linesBefore,
    column: loadError.column,
    hint: loadError.hint,
  });
}

/** `count` ranges of about equal size, each starting at the beginning of a line. */
async function lineAlignedRanges(path: string, size: number, count: number): Promise<ByteRange[]> {
  const handle = await open(path, 'r');
  try {
    const starts = [0];
    for (let i = 1; i < count; i++) {
      const start = await nextLineStart(handle, Math.floor((size * i) / count), size);
      if (start > starts[starts.length - 1] && start < size) starts.push(start);
    }
    return starts.map((start, i) => ({ start, end: starts[i + 1] ?? size }));
  } finally {
    await handle.close();
  }
}

/** The offset just after the first newline at or after `from` (or `size` when there is none). */
async function nextLineStart(handle: Awaited<ReturnType<typeof open>>, from: number, size: number): Promise<number> {
  const buffer = Buffer.alloc(1 << 16);
  for (let position = from; position < size; position += buffer.length) {
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
    const newline = buffer.subarray(0, bytesRead).indexOf(0x0a);
    if (newline >= 0) return position + newline + 1;
  }
  return size;
}
