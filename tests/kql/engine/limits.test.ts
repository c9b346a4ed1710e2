import { describe, expect, it } from 'vitest';
import { ExecutionContext, KqlRuntimeError, summarize } from '../../../src/kql/engine/index.ts';
import { agg, col, tableOf } from './support/helpers.ts';

const table = tableOf(
  'k:long',
  Array.from({ length: 10 }, (_, i) => [i]),
);

describe('runtime limits', () => {
  it('caps the result rows and flags the truncation', () => {
    const ctx = new ExecutionContext({ maxResultRows: 4 });
    const { table: capped, truncated } = ctx.capResult(table);
    expect(truncated).toBe(true);
    expect(capped.columnValues('k')).toEqual([0, 1, 2, 3]);
    expect(new ExecutionContext().capResult(table).truncated).toBe(false);
  });

  it('reports the timeout as KQLR001 from inside operator loops', () => {
    let now = 1_000;
    const ctx = new ExecutionContext({ timeoutMs: 50 }, () => now);
    now += 51;
    const run = () =>
      summarize(table, { keys: [{ name: 'k', expr: col('k', 'long') }], aggregates: [agg('n', 'count')] }, ctx);
    expect(run).toThrow(KqlRuntimeError);
    expect(run).toThrow(/KQLR001 query exceeded its 50 ms timeout/);
  });

  it('reports an oversized intermediate table as KQLR002', () => {
    const ctx = new ExecutionContext({ maxMemoryMb: 0 });
    expect(() => summarize(table, { keys: [], aggregates: [agg('n', 'count')] }, ctx)).toThrow(/KQLR002 summarize/);
  });
});
