/** Numeric helpers for the series_* functions (plain arrays of numbers, nulls already removed). */

export function mean(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((sum, v) => sum + v, 0) / values.length;
}

/**
 * Sample variance (n − 1) as series_stats computes it, (n·Σx² − (Σx)²) / (n·(n − 1)): the same
 * formula gives the same last digits as series-stats-function.md's outputs.
 */
export function sampleVariance(values: readonly number[]): number {
  const n = values.length;
  if (n < 2) return 0;
  let [sum, squares] = [0, 0];
  for (const v of values) {
    sum += v;
    squares += v * v;
  }
  return Math.max(0, (n * squares - sum * sum) / (n * (n - 1)));
}

/** Linear interpolation percentile on sorted values (p in 0…100). */
export function percentileOfSorted(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}

export interface LineFit {
  readonly slope: number;
  readonly intercept: number;
  readonly line: number[];
}

/**
 * Least-squares line through (x, y) with x = 1 … n, Kusto's series_fit_line convention.
 * `include` restricts which points are fitted; the line still covers every x.
 */
export function fitLine(y: readonly number[], include: (index: number) => boolean = () => true): LineFit {
  const points = y.flatMap((v, i) => (include(i) ? [{ x: i + 1, v }] : []));
  const xMean = mean(points.map((p) => p.x));
  const yMean = mean(points.map((p) => p.v));
  let sxy = 0;
  let sxx = 0;
  for (const { x, v } of points) {
    sxy += (x - xMean) * (v - yMean);
    sxx += (x - xMean) ** 2;
  }
  const slope = sxx === 0 ? 0 : sxy / sxx;
  const intercept = points.length === 0 ? 0 : yMean - slope * xMean;
  return { slope, intercept, line: y.map((_, i) => intercept + slope * (i + 1)) };
}

function median(values: readonly number[]): number {
  return percentileOfSorted(
    [...values].sort((a, b) => a - b),
    50,
  );
}

/**
 * An outlier-resistant line: the median of slopes between points half a series apart
 * (an O(n) Theil–Sen variant) and the median intercept. Used to find the points a
 * least-squares fit should leave out.
 */
export function robustLine(y: readonly number[]): number[] {
  const half = Math.floor(y.length / 2);
  if (half === 0) return [...y];
  const slope = median(Array.from({ length: y.length - half }, (_, i) => (y[i + half] - y[i]) / half));
  const intercept = median(y.map((v, i) => v - slope * (i + 1)));
  return y.map((_, i) => intercept + slope * (i + 1));
}

/** Elements as numbers: non-numeric elements count as 0, as after series_fill_const. */
export function numericSeries(value: unknown): number[] | null {
  if (!Array.isArray(value)) return null;
  return value.map((v) => (typeof v === 'number' && Number.isFinite(v) ? v : 0));
}
