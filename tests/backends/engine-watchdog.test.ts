import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EngineThread, EngineThreadError } from '../../src/backends/local-engine/engine-thread.ts';
import { fixtureDir, WINDOW } from './support/harness.ts';

const window = { start: WINDOW.start.getTime(), end: WINDOW.end.getTime() };
const emptyDir = mkdtempSync(join(tmpdir(), 'huntops-watchdog-'));
// One match of a nested quantifier over 40 a's and no match at the end backtracks about 2^40 times, never
// reaching the engine's cooperative clock check.
const HANGING_QUERY = "datatable(s:string)[strcat(strrep('a', 40), '!')] | where s matches regex '(a+)+$'";

describe('local engine thread watchdog', () => {
  // A small limit, so the hanging query is stopped in about a second and a half, not two minutes.
  const thread = new EngineThread({ queryTimeoutMs: 1_000, graceMs: 500 });

  it('stops a query that never yields, fails that job with a coded error, and answers the job queued behind it', async () => {
    const hanging = thread.run({ dataDir: emptyDir, query: HANGING_QUERY, window });
    const queued = thread.run({ dataDir: emptyDir, query: 'print answer = 42', window });
    const failure = await hanging.catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(EngineThreadError);
    expect(failure).toMatchObject({
      code: 'huntops_engine_query_overran',
      message: expect.stringMatching(/ran past its 1 s time limit .* engine thread was restarted; narrow the query/),
    });
    expect(await queued).toMatchObject({ kind: 'ok', rows: [[42]] });
    // The fresh thread keeps answering.
    expect(await thread.run({ dataDir: emptyDir, query: 'print again = 1', window })).toMatchObject({ rows: [[1]] });
  });

  it('arms the watchdog only when the query starts, after its data is loaded, and disarms it with the answer', async () => {
    const armed: { ms: number; cancelled: boolean }[] = [];
    const recorder = new EngineThread({
      queryTimeoutMs: 1_000,
      graceMs: 500,
      schedule: (_fire, ms) => {
        const timer = { ms, cancelled: false };
        armed.push(timer);
        return () => {
          timer.cancelled = true;
        };
      },
    });
    // Data that cannot be loaded never reaches its query: no watchdog.
    const missing = join(emptyDir, 'no-such-dir');
    expect(await recorder.run({ dataDir: missing, query: 'SigninLogs | count', window })).toMatchObject({
      kind: 'unreadable',
    });
    expect(armed).toEqual([]);
    const answer = await recorder.run({ dataDir: fixtureDir('workspace-a'), query: 'SigninLogs | count', window });
    expect(answer.kind).toBe('ok');
    expect(armed).toEqual([{ ms: 1_500, cancelled: true }]);
  });
});
