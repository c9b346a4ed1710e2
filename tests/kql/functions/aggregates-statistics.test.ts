import { describe, expect, it } from 'vitest';
import { aggregate } from './support/helpers.ts';

const pairs = [
  [1, 14],
  [2, 10],
  [3, 17],
  [4, 20],
  [5, 50],
];

describe('covariance aggregates', () => {
  it('gives the sample and population covariance (covariance-aggregation-function.md)', () => {
    expect(aggregate('covariance', ['real', 'real'], pairs)).toBeCloseTo(20.5);
    expect(aggregate('covariancep', ['real', 'real'], pairs)).toBeCloseTo(16.4);
  });

  it('leaves out rows with a null or a false predicate, and yields null without pairs', () => {
    expect(aggregate('covariance', ['real', 'real'], [...pairs, [null, 3], [7, null]])).toBeCloseTo(20.5);
    const withPredicate = pairs.map(([x, y]) => [x, y, x !== 5]);
    expect(aggregate('covariancepif', ['real', 'real', 'bool'], withPredicate)).toBeCloseTo(3.125);
    expect(aggregate('covarianceif', ['real', 'real', 'bool'], [[1, 2, false]])).toBeNull();
    expect(aggregate('covariance', ['real', 'real'], [[1, 2]])).toBe(0);
  });

  it('variancepif and stdevpif are the population forms (variancepif-aggregation-function.md)', () => {
    const rows = Array.from({ length: 100 }, (_, i) => [i + 1, (i + 1) % 2 === 0]);
    expect(aggregate('variancepif', ['long', 'bool'], rows)).toBeCloseTo(833);
    expect(aggregate('stdevpif', ['long', 'bool'], rows)).toBeCloseTo(Math.sqrt(833));
  });
});

describe('binary_all_* aggregates', () => {
  it('combines the bits of every value (binary-all-and-aggregation-function.md …)', () => {
    const and = [[0xffffffff], [0xfffff00f], [0xcffffffd], [0xfafeffff]];
    expect(aggregate('binary_all_and', ['long'], and)).toBe(0xcafef00d);
    expect(aggregate('binary_all_or', ['long'], [[0x88888008], [0x42000000], [0x00767000], [5]])).toBe(0xcafef00d);
    expect(aggregate('binary_all_xor', ['long'], [[0x44404440], [0x1e1e1e1e], [0x90abba09], [0x000b105a]])).toBe(
      0xcafef00d,
    );
    expect(aggregate('binary_all_and', ['long'], [[-1], [null], [6]])).toBe(6);
    expect(aggregate('binary_all_or', ['long'], [[null]])).toBeNull();
  });
});

describe('weighted percentiles', () => {
  const latency = [
    [10, 8],
    [20, 6],
    [30, 3],
    [40, 1],
  ];

  it('counts each value weight times (percentilesw-aggregation-function.md)', () => {
    expect(aggregate('percentilesw', ['long', 'long'], latency, [50, 75, 99.9])).toEqual([20, 20, 40]);
    expect(aggregate('percentilesw_array', ['long', 'long'], latency, [0])).toEqual([10]);
  });

  it('leaves out null values and weights that are not positive', () => {
    expect(
      aggregate(
        'percentilesw',
        ['long', 'long'],
        [
          [null, 5],
          [7, 0],
          [9, -1],
          [3, 1],
        ],
        [50],
      ),
    ).toEqual([3]);
    expect(aggregate('percentilesw', ['long', 'long'], [], [50])).toEqual([null]);
  });
});
