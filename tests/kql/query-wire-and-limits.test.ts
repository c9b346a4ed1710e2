import { describe, expect, it } from 'vitest';
import { KqlDatabase, runQuery, toWireTable } from '../../src/kql/index.ts';
import { database, ms, run, TEST_NOW, table } from './support/builders.ts';

describe('toWireTable (Log Analytics API shape)', () => {
  const db = database({
    W: table('t:datetime, s:timespan, d:dynamic, b:bool, r:real, n:long', [
      [ms('2024-01-01T00:00:00Z'), 93_784_500, { a: [1, 'x'] }, true, 1.5, 7],
      [ms('2024-01-01T10:20:30.123Z'), 900_000, null, null, Number.NaN, null],
    ]),
  });

  it('formats datetimes, timespans, dynamic, bools and reals', async () => {
    const { outcome } = await run(db, 'W');
    if (!outcome.ok) throw new Error('query failed');
    expect(toWireTable(outcome.table)).toEqual({
      columns: [
        { name: 't', type: 'datetime' },
        { name: 's', type: 'timespan' },
        { name: 'd', type: 'dynamic' },
        { name: 'b', type: 'bool' },
        { name: 'r', type: 'real' },
        { name: 'n', type: 'long' },
      ],
      rows: [
        ['2024-01-01T00:00:00Z', '1.02:03:04.5000000', { a: [1, 'x'] }, true, 1.5, 7],
        ['2024-01-01T10:20:30.1230000Z', '00:15:00', null, null, 'NaN', null],
      ],
    });
  });
});

describe('runtime limits', () => {
  const rows = Array.from({ length: 300_000 }, (_, i) => [`user${i % 1000}`, i]);
  const big = KqlDatabase.fromRawTables([
    {
      name: 'Big',
      columns: [
        { name: 'u', type: 'string' },
        { name: 'n', type: 'long' },
      ],
      rows,
    },
  ]);

  it('caps the result rows and says so', async () => {
    const outcome = await runQuery(big, 'Big | where n < 100', { now: TEST_NOW, maxRows: 10 });
    expect(outcome.ok && outcome.table.rowCount).toBe(10);
    expect(outcome.ok && outcome.warnings).toEqual(['result truncated to 10 rows (maxRows)']);
  });

  it('defaults to 500,000 result rows without a warning below that', async () => {
    const outcome = await runQuery(big, 'Big', { now: TEST_NOW });
    expect(outcome.ok && [outcome.table.rowCount, outcome.warnings]).toEqual([300_000, []]);
  });

  it('stops a join that outgrows the memory budget', async () => {
    const outcome = await runQuery(big, 'Big | join kind=inner (Big) on u | count', { now: TEST_NOW, maxMemoryMb: 1 });
    expect(!outcome.ok && outcome.kind === 'runtime' && outcome.error.code).toBe('KQLR002');
  });

  it('stops a query that runs past its timeout', async () => {
    const outcome = await runQuery(
      big,
      'Big | extend k = strcat(u, "-", tostring(n)) | summarize count() by k | join kind=inner (Big | extend k = strcat(u, "-", tostring(n))) on k | count',
      { now: TEST_NOW, timeoutMs: 0 },
    );
    expect(!outcome.ok && outcome.kind === 'runtime' && outcome.error.code).toBe('KQLR001');
  });
});
