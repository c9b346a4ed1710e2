import { describe, expect, it } from 'vitest';
import { KqlDatabase, runQuery } from '../../src/kql/index.ts';

/**
 * A hunt runs at its window's end (the local backend passes it as `now` and keeps only the window's rows). A hunt
 * author's `set query_now = datetime(…)` (set-statement.md) moves now() and ago() for the query: it cannot read rows
 * outside the window, but it can make a `where TimeGenerated > ago(7d)` hunt find nothing. The analyst must be told.
 */
describe('security: set query_now against the instant a hunt runs at', () => {
  const windowEnd = new Date('2024-01-10T00:00:00Z');
  const signins = KqlDatabase.fromRawTables([
    {
      name: 'SigninLogs',
      columns: [
        { name: 'TimeGenerated', type: 'datetime' },
        { name: 'UserPrincipalName', type: 'string' },
      ],
      rows: [[Date.parse('2024-01-09T12:00:00Z'), 'alice@contoso.example']],
    },
  ]);
  const hunt = 'SigninLogs | where TimeGenerated > ago(7d)';

  it("the query's instant wins and the result says so", async () => {
    const outcome = await runQuery(signins, `set query_now = datetime(2100-01-01);\n${hunt}`, { now: windowEnd });
    expect(outcome.ok && outcome.table.rowCount).toBe(0);
    expect(outcome.ok && outcome.warnings).toEqual([
      'set query_now makes now() and ago() count from 2100-01-01T00:00:00.000Z, not from 2024-01-10T00:00:00.000Z where this run was asked for',
    ]);
  });

  it('nothing is said when the query keeps the instant it was asked for, or sets none', async () => {
    const same = await runQuery(signins, `set query_now = datetime(2024-01-10);\n${hunt}`, { now: windowEnd });
    const unset = await runQuery(signins, hunt, { now: windowEnd });
    expect([same.ok && same.warnings, unset.ok && unset.warnings]).toEqual([[], []]);
    expect(unset.ok && unset.table.rowCount).toBe(1);
  });
});
