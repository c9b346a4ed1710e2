import { createReadStream } from 'node:fs';
import { KqlLoadError } from './errors.ts';
import type { TableAccumulator } from './table-accumulator.ts';

/** Bytes [start, end) of a file, both on line starts. */
export interface ByteRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Streams a JSON Lines file (one object per line; blank lines allowed), or the lines of one byte
 * range of it, into the accumulator, and returns how many lines it read. Line numbers in errors
 * count from the range's start. Reads in large chunks and splits lines by hand: readline's
 * per-line events cost more than the JSON parsing at a million rows.
 */
export async function readJsonLinesFile(
  path: string,
  file: string,
  table: TableAccumulator,
  range?: ByteRange,
): Promise<number> {
  table.beginFile(file, false);
  if (range && range.end <= range.start) return 0;
  let pending = '';
  let line = 0;
  // createReadStream's `end` is inclusive.
  const bounds = range ? { start: range.start, end: range.end - 1 } : {};
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 23, ...bounds });
  for await (const chunk of stream as AsyncIterable<string>) {
    const text = line === 0 && pending === '' && !range?.start ? stripBom(chunk) : chunk;
    let start = 0;
    let end = text.indexOf('\n');
    if (end >= 0 && pending !== '') {
      line++;
      addLine(pending + text.slice(0, end), line, file, table);
      pending = '';
      start = end + 1;
      end = text.indexOf('\n', start);
    }
    while (end >= 0) {
      line++;
      addLine(text.slice(start, end), line, file, table);
      start = end + 1;
      end = text.indexOf('\n', start);
    }
    pending += text.slice(start);
  }
  if (pending.trim() !== '') {
    line++;
    addLine(pending, line, file, table);
  }
  return line;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function addLine(text: string, line: number, file: string, table: TableAccumulator): void {
  let record: unknown;
  try {
    record = JSON.parse(text);
  } catch (error) {
    if (text.trim() === '') return;
    throw new KqlLoadError('KQLL002', `not valid JSON (${(error as Error).message})`, {
      file,
      line,
      hint: 'Each line of a .jsonl file must be one complete JSON object; a pretty-printed JSON array belongs in a .json file.',
      cause: error,
    });
  }
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    throw new KqlLoadError(
      'KQLL002',
      `expected a JSON object, found ${Array.isArray(record) ? 'an array' : typeof record}`,
      {
        file,
        line,
        hint: 'Write one object per line: {"TimeGenerated":"2024-10-18T09:29:21Z","IPAddress":"203.0.113.7"}.',
      },
    );
  }
  table.putObject(record as Record<string, unknown>, line);
}
