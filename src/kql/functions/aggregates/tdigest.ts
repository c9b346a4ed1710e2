import { constantOf, defineScalar } from '../define.ts';
import type { Accumulator, ScalarFunction } from '../registry-types.ts';
import { requestedType } from '../scalar/typed-text.ts';
import { asNumber } from '../values.ts';
import { defineAggregate } from './define.ts';
import { weightedNearestRank } from './weighted-percentiles.ts';

/**
 * tdigest()/merge_tdigest()/percentile_tdigest()/percentiles_array_tdigest()/rank_tdigest() with an
 * exact "digest" (tdigest-aggregation-function.md, merge-tdigest-function.md, rank-tdigest-function.md):
 * the distinct values with their weights, `[[value, weight], …]` sorted by value, as a dynamic
 * array. Percentiles are exact nearest-rank ones, as percentile() gives here; the digest grows
 * with the number of distinct values rather than being bounded like Kusto's, which suits local data.
 */
type Digest = [value: number, weight: number][];

function digestOf(weights: Map<number, number>): Digest {
  return [...weights.entries()].sort((a, b) => a[0] - b[0]);
}

/** Adds a digest's pairs to `weights`; anything that is not a digest adds nothing. */
function addDigest(weights: Map<number, number>, digest: unknown): void {
  if (!Array.isArray(digest)) return;
  for (const pair of digest) {
    if (!Array.isArray(pair)) continue;
    const [value, weight] = [asNumber(pair[0]), asNumber(pair[1])];
    if (value !== null && weight !== null && weight > 0) weights.set(value, (weights.get(value) ?? 0) + weight);
  }
}

function merged(...digests: unknown[]): Digest {
  const weights = new Map<number, number>();
  for (const digest of digests) addDigest(weights, digest);
  return digestOf(weights);
}

function percentilesOf(digest: unknown, percents: readonly unknown[]): (number | null)[] | null {
  if (!Array.isArray(digest)) return null;
  const points = merged(digest).map(([value, weight]) => ({ value, weight }));
  const total = points.reduce((sum, point) => sum + point.weight, 0);
  return percents.map((p) => weightedNearestRank(points, total, asNumber(p) ?? Number.NaN));
}

export const tdigestAggregates = [
  defineAggregate({
    name: 'tdigest',
    params: [['number', 'datetime', 'timespan']],
    optional: ['number'],
    result: 'dynamic',
    create: () => (): Accumulator => {
      const weights = new Map<number, number>();
      return {
        add: ([value, weight]) => {
          const [x, w] = [asNumber(value), weight === undefined ? 1 : asNumber(weight)];
          if (x !== null && w !== null && w > 0) weights.set(x, (weights.get(x) ?? 0) + w);
        },
        result: () => digestOf(weights),
      };
    },
  }),
  defineAggregate({
    name: 'merge_tdigest',
    aliases: ['tdigest_merge'],
    params: ['dynamic'],
    result: 'dynamic',
    namePrefix: 'merge_tdigest',
    create: () => (): Accumulator => {
      const weights = new Map<number, number>();
      return { add: ([digest]) => addDigest(weights, digest), result: () => digestOf(weights) };
    },
  }),
];

/** How many of the digest's values are at most `value`, and how many there are. */
function rankOf(digest: unknown, value: unknown): { rank: number; total: number } | null {
  const x = asNumber(value);
  if (!Array.isArray(digest) || x === null) return null;
  return merged(digest).reduce(
    (counts, [v, weight]) => ({ rank: v <= x ? counts.rank + weight : counts.rank, total: counts.total + weight }),
    { rank: 0, total: 0 },
  );
}

export const tdigestScalars: readonly ScalarFunction[] = [
  defineScalar({
    name: 'merge_tdigest',
    aliases: ['tdigest_merge'],
    params: ['dynamic', 'dynamic'],
    rest: 'dynamic',
    result: 'dynamic',
    impl: merged,
  }),
  defineScalar({
    // The result is real unless typeof(T) asks for long, datetime, … (percentile-tdigest-function.md).
    name: 'percentile_tdigest',
    params: ['dynamic', 'number'],
    optional: ['string'],
    result: (args) => (constantOf(args[2]) === undefined ? 'real' : requestedType(args[2])),
    impl: (digest, percent) => percentilesOf(digest, [percent])?.[0] ?? null,
  }),
  defineScalar({
    name: 'percentiles_array_tdigest',
    params: ['dynamic', ['number', 'dynamic']],
    rest: 'number',
    result: 'dynamic',
    impl: (digest, ...percents) => percentilesOf(digest, percents.flat()),
  }),
  defineScalar({
    // How many of the digest's values are at most `value` (rank-tdigest-function.md).
    name: 'rank_tdigest',
    params: ['dynamic', ['number', 'datetime', 'timespan']],
    result: 'long',
    impl: (digest, value) => rankOf(digest, value)?.rank ?? null,
  }),
  defineScalar({
    // The same rank as a percentage of the digest's values (percentrank-tdigest-function.md).
    name: 'percentrank_tdigest',
    params: ['dynamic', ['number', 'datetime', 'timespan']],
    result: 'real',
    impl: (digest, value) => {
      const counts = rankOf(digest, value);
      return counts && counts.total > 0 ? (100 * counts.rank) / counts.total : null;
    },
  }),
];
