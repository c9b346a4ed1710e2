import { describe, expect, it } from 'vitest';
import { KqlLoadError, loadColumnTables } from '../../../src/kql/load/index.ts';
import { FIXTURES } from './fixture-dirs.ts';

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
