import { describe, expect, it } from 'vitest';
import { aggregate, callScalar, dyn, long, str } from './support/helpers.ts';

describe('tdigest family (tdigest-aggregation-function.md, merge-tdigest-function.md, rank-tdigest-function.md)', () => {
  const digestOf = (values: number[]) =>
    aggregate(
      'tdigest',
      ['long'],
      values.map((v) => [v]),
    );

  it('keeps each distinct value with its weight', () => {
    expect(digestOf([3, 1, 3, 2])).toEqual([
      [1, 1],
      [2, 1],
      [3, 2],
    ]);
    expect(
      aggregate(
        'tdigest',
        ['long', 'long'],
        [
          [5, 4],
          [null, 2],
          [6, 0],
        ],
      ),
    ).toEqual([[5, 4]]);
  });

  it('merges digests as an aggregate and as a scalar', () => {
    const [a, b] = [digestOf([1, 2]), digestOf([2, 3])];
    const expected = [
      [1, 1],
      [2, 2],
      [3, 1],
    ];
    expect(aggregate('merge_tdigest', ['dynamic'], [[a], [b], [null]])).toEqual(expected);
    expect(callScalar('merge_tdigest', dyn(a), dyn(b))).toEqual(expected);
  });

  it('answers percentiles and ranks', () => {
    const digest = dyn(digestOf(Array.from({ length: 1000 }, (_, i) => i + 1)));
    expect(callScalar('percentile_tdigest', digest, long(50))).toBe(500);
    expect(callScalar('percentile_tdigest', digest, long(100), str('long'))).toBe(1000);
    expect(callScalar('percentiles_array_tdigest', digest, long(10), long(90))).toEqual([100, 900]);
    expect(callScalar('percentiles_array_tdigest', digest, dyn([10, 90]))).toEqual([100, 900]);
    expect(callScalar('rank_tdigest', digest, long(685))).toBe(685);
    expect(callScalar('rank_tdigest', dyn('not a digest'), long(1))).toBeNull();
  });
});

describe('hll_merge as a scalar (hll-merge-function.md)', () => {
  it('unites the sketches', () => {
    const x = aggregate('hll', ['long'], [[1], [2]]);
    const y = aggregate('hll', ['long'], [[2], [3]]);
    expect(callScalar('dcount_hll', dyn(callScalar('hll_merge', dyn(x), dyn(y))))).toBe(3);
  });
});

describe('buildschema (buildschema-aggregation-function.md)', () => {
  it('unites the shapes of the values, listing the kinds where they differ', () => {
    const rows = [
      [{ x: 1, y: 3.5 }],
      [{ x: 'somevalue', z: [1, 2, 3] }],
      [{ y: { w: 'zzz' }, t: ['aa', 'bb'], z: ['foo'] }],
    ];
    expect(aggregate('buildschema', ['dynamic'], rows)).toEqual({
      x: ['long', 'string'],
      y: ['double', { w: 'string' }],
      z: { '`indexer`': ['long', 'string'] },
      t: { '`indexer`': 'string' },
    });
  });

  it('yields null for a group without values', () => {
    expect(aggregate('buildschema', ['dynamic'], [[null]])).toBeNull();
  });
});

describe('count(x)', () => {
  it('counts the rows as count() does and is named count_x (summarize-operator.md)', () => {
    expect(aggregate('count', ['real'], [[null], [5]])).toBe(2);
  });
});
