import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KqlLoadError, loadColumnTables } from '../../../src/kql/load/index.ts';
import { FIXTURES } from './support/fixture-dirs.ts';

async function loadError(dir: string): Promise<KqlLoadError> {
  const error = await loadColumnTables(dir).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof KqlLoadError)) throw new Error(`expected a KqlLoadError, got ${String(error)}`);
  return error;
}

describe('malformed files give a coded error naming file, line and fix', () => {
  it('bad JSON line', async () => {
    const error = await loadError(`${FIXTURES}/bad-json-line`);
    expect(error).toMatchObject({ code: 'KQLL002', file: 'SigninLogs.jsonl', line: 3 });
    expect(error.message).toMatch(/^KQLL002 SigninLogs\.jsonl:3: not valid JSON/);
    expect(error.hint).toMatch(/one complete JSON object/);
    expect(error.cause).toBeInstanceOf(SyntaxError);
  });

  it('ragged CSV row', async () => {
    const error = await loadError(`${FIXTURES}/ragged-csv`);
    expect(error).toMatchObject({ code: 'KQLL004', file: 'SecurityEvent.csv', line: 3 });
    expect(error.message).toMatch(/different number of cells than the header/);
  });

  it('unknown date format, on the line where the record starts (after a multi-line cell)', async () => {
    const error = await loadError(`${FIXTURES}/bad-date`);
    expect(error).toMatchObject({ code: 'KQLL005', file: 'Syslog.csv', line: 4, column: 'TimeGenerated' });
    expect(error.message).toMatch(/cannot read "yesterday at noon" as a datetime/);
    expect(error.hint).toMatch(/ISO 8601/);
  });

  it('text in an int column', async () => {
    const error = await loadError(`${FIXTURES}/bad-number`);
    expect(error).toMatchObject({ code: 'KQLL006', file: 'SecurityEvent.csv', line: 3, column: 'EventID' });
    expect(error.message).toMatch(/"four" is not a valid int value/);
  });

  it('missing directory', async () => {
    const error = await loadError(`${FIXTURES}/no-such-dir`);
    expect(error.code).toBe('KQLL001');
    expect(error.message).toMatch(/cannot list the data directory \(ENOENT\)/);
  });
});

describe('odd but readable inputs', () => {
  async function dirOf(files: Record<string, string>): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'kql-load-odd-'));
    for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
    return dir;
  }

  it('a JSON Lines row that is not an object', async () => {
    const error = await loadError(await dirOf({ 'T.jsonl': '{"a":1}\n[1,2]\n' }));
    expect(error).toMatchObject({ code: 'KQLL002', file: 'T.jsonl', line: 2 });
    expect(error.message).toMatch(/expected a JSON object, found an array/);
  });

  it('a .json file that is neither rows nor an API response', async () => {
    const error = await loadError(await dirOf({ 'T.json': '{"value":[]}' }));
    expect(error).toMatchObject({ code: 'KQLL003', file: 'T.json' });
  });

  it('an empty CSV loads as an empty table with a warning', async () => {
    const result = await loadColumnTables(await dirOf({ 'Syslog.csv': '' }));
    expect(result.tables[0].rowCount).toBe(0);
    expect(result.tables[0].has('SyslogMessage')).toBe(true);
    expect(result.warnings.map((w) => w.message)).toContain('empty file: no header row, no rows');
  });
});
