import { defineScalar } from '../define.ts';
import type { ScalarFunction } from '../registry-types.ts';
import { numericSeries } from '../series-math.ts';
import { asBool, asNumber, asString, isNull } from '../values.ts';
import { tukeyScores } from './series-decompose.ts';

/**
 * series_dot_product, series_cosine_similarity (series-dot-product-function.md,
 * series-cosine-similarity-function.md): over the common length; series_fir
 * (series-fir-function.md): a finite impulse response filter; series_outliers
 * (series-outliers-function.md): Tukey's fence scores of each point.
 */
function pairOf(first: unknown, second: unknown): [number[], number[]] | null {
  const [a, b] = [numericSeries(first), numericSeries(second)];
  if (!a || !b) return null;
  const length = Math.min(a.length, b.length);
  return [a.slice(0, length), b.slice(0, length)];
}

/**
 * series_dot_product's alternate syntax (series-dot-product-function.md): a number against a series
 * stands for that number repeated along the series.
 */
function seriesAgainstNumber(first: unknown, second: unknown): [unknown, unknown] {
  const repeat = (value: number, series: unknown) => (Array.isArray(series) ? series.map(() => value) : value);
  if (typeof first === 'number') return [repeat(first, second), second];
  if (typeof second === 'number') return [first, repeat(second, first)];
  return [first, second];
}

const dot = (a: readonly number[], b: readonly number[]) => a.reduce((sum, v, i) => sum + v * b[i], 0);

function cosineSimilarity(first: unknown, second: unknown): number | null {
  const pair = pairOf(first, second);
  if (!pair) return null;
  const [a, b] = pair;
  return dot(a, b) / Math.sqrt(dot(a, a) * dot(b, b));
}

/**
 * y[i] = Σ filter[j]·x[i − j], points before the start counting as 0; normalize divides by the
 * filter's sum (default true); center moves the window so it is centred on i (default false).
 */
function finiteImpulseResponse(series: unknown, filter: unknown, normalize: unknown, center: unknown): number[] | null {
  const [x, weights] = [numericSeries(series), numericSeries(filter)];
  if (!x || !weights || weights.length === 0) return null;
  const total = weights.reduce((sum, w) => sum + w, 0);
  const divisor = isNull(normalize) || asBool(normalize) !== false ? total || 1 : 1;
  const shift = asBool(center) === true ? Math.floor(weights.length / 2) : 0;
  return x.map((_, i) => {
    let value = 0;
    weights.forEach((w, j) => {
      const at = i + shift - j;
      if (at >= 0 && at < x.length) value += w * x[at];
    });
    return value / divisor;
  });
}

/** series_outliers(series, kind = 'ctukey', ignore_val, min_percentile = 10, max_percentile = 90); 'tukey' uses 25–75. */
function outliers(series: unknown, kind: unknown, ignore: unknown, minPercentile: unknown, maxPercentile: unknown) {
  if (!Array.isArray(series)) return null;
  const ignored = asNumber(ignore);
  const values = series.map((v) => asNumber(v));
  const kept = values.filter((v): v is number => v !== null && v !== ignored);
  const tukey = asString(kind).toLowerCase() === 'tukey';
  const [low, high] = tukey ? [25, 75] : [asNumber(minPercentile) ?? 10, asNumber(maxPercentile) ?? 90];
  const scores = tukeyScores(kept, low, high);
  let next = 0;
  return values.map((v) => (v === null || v === ignored ? 0 : scores[next++]));
}

export const seriesVectorFunctions: readonly ScalarFunction[] = [
  defineScalar({
    name: 'series_dot_product',
    params: [
      ['dynamic', 'number'],
      ['dynamic', 'number'],
    ],
    result: 'real',
    impl: (first, second) => {
      const pair = pairOf(...seriesAgainstNumber(first, second));
      return pair ? dot(...pair) : null;
    },
  }),
  defineScalar({
    name: 'series_cosine_similarity',
    params: ['dynamic', 'dynamic'],
    result: 'real',
    impl: cosineSimilarity,
  }),
  defineScalar({
    name: 'series_fir',
    params: ['dynamic', 'dynamic'],
    optional: ['bool', 'bool'],
    result: 'dynamic',
    impl: finiteImpulseResponse,
  }),
  defineScalar({
    name: 'series_outliers',
    params: ['dynamic'],
    optional: ['string', 'number', 'number', 'number'],
    result: 'dynamic',
    impl: outliers,
  }),
];
