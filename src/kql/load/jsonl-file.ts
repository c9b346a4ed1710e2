import { createReadStream } from 'node:fs';
import { KqlLoadError } from './errors.ts';
import type { TableAccumulator } from './table-accumulator.ts';

/**
 * Streams a JSON Lines file (one object per line; blank lines allowed) into the accumulator.
 * Reads in large chunks and splits lines by hand: readline's per-line events cost more than
 * the JSON parsing at a million rows.
 */
export async function readJsonLinesFile(path: string, file: string, table: TableAccumulator): Promise<void> {
  table.beginFile(file, false);
  let pending = '';
  let line = 0;
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 23 });
  for await (const chunk of stream as AsyncIterable<string>) {
    const text = line === 0 && pending === '' ? stripBom(chunk) : chunk;
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
  if (pending.trim() !== '') addLine(pending, line + 1, file, table);
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
