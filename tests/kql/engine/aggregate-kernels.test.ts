import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AggregateColumn, type NamedExpr, summarize } from '../../../src/kql/engine/index.ts';
import { agg, col, fn, lit, rowsOf, tableOf } from './support/helpers.ts';

/** The same aggregate forced through the registry accumulator (no kernel). */
const viaAccumulator = (aggregate: AggregateColumn): AggregateColumn => ({ ...aggregate, functionName: undefined });

const aggregates = [
  agg('count_', 'count'),
  agg(
    'countif_',
    'countif',
    fn('bool', col('n', 'long'), (v) => (v === null ? null : (v as number) > 2)),
  ),
  agg('sum_n', 'sum', col('n', 'long')),
  agg('min_n', 'min', col('n', 'long')),
  agg('max_r', 'max', col('r', 'real')),
  agg('dcount_s', 'dcount', col('s', 'string')),
  agg('dcount_n', 'dcount', col('n', 'long')),
  agg('set_s', 'make_set', col('s', 'string')),
  agg('set_n', 'make_set', col('n', 'long')),
  agg('set_s2', 'make_set', col('s', 'string'), lit(2, 'long')),
  agg('set_s0', 'make_set', col('s', 'string'), lit(0, 'long')),
  agg('old_set', 'makeset', col('s', 'string')),
];

const rowArbitrary = fc.tuple(
  fc.constantFrom('a', 'b', '', 'B'),
  fc.option(fc.integer({ min: -3, max: 5 }), { nil: null }),
  fc.option(fc.double({ min: -10, max: 10, noNaN: true }), { nil: null }),
  fc.constantFrom('k1', 'k2', 'k3'),
);

describe('aggregate kernels', () => {
  it('give exactly the registry accumulators results, with and without keys', () => {
    fc.assert(
      fc.property(fc.array(rowArbitrary, { maxLength: 40 }), fc.boolean(), (rows, byKey) => {
        const table = tableOf('s:string, n:long, r:real, k:string', rows);
        const keys: NamedExpr[] = byKey ? [{ name: 'k', expr: col('k', 'string') }] : [];
        const fast = summarize(table, { keys, aggregates });
        const slow = summarize(table, { keys, aggregates: aggregates.map(viaAccumulator) });
        expect(rowsOf(fast)).toEqual(rowsOf(slow));
        expect(fast.columns).toEqual(slow.columns);
      }),
      { numRuns: 200 },
    );
  });

  it('hand-checked values', () => {
    const table = tableOf('s:string, n:long, r:real, k:string', [
      ['a', 1, null, 'k1'],
      ['b', null, 2.5, 'k1'],
      ['a', 4, -1, 'k1'],
    ]);
    expect(rowsOf(summarize(table, { keys: [], aggregates }))).toEqual([
      [3, 1, 5, 1, 2.5, 2, 2, ['a', 'b'], [1, 4], ['a', 'b'], ['a', 'b'], ['a', 'b']],
    ]);
  });

  it('agree on large group x value spaces too (bucketed distinct pairs, no bitmap)', () => {
    // 5000 groups x 5000 distinct strings = 25M pairs: beyond the bitmap limit.
    const rows = Array.from({ length: 12_000 }, (_, i) => [
      `v${(i * 7 + Math.floor(i / 5000)) % 5000}`,
      i % 3,
      0,
      `k${i % 5000}`,
    ]);
    const table = tableOf('s:string, n:long, r:real, k:string', rows);
    const keys: NamedExpr[] = [{ name: 'k', expr: col('k', 'string') }];
    const some = [agg('d', 'dcount', col('s', 'string')), agg('set', 'make_set', col('s', 'string'))];
    const fast = summarize(table, { keys, aggregates: some });
    expect(rowsOf(fast)).toEqual(rowsOf(summarize(table, { keys, aggregates: some.map(viaAccumulator) })));
    expect(fast.value(0, 'set')).toEqual(['v0', 'v1', 'v2']);
  });
});
