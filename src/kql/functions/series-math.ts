/** Numeric helpers for the series_* functions (plain arrays of numbers, nulls already removed). */

export function mean(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** Sample variance (n − 1), as Kusto's variance()/stdev() and series_stats use. */
export function sampleVariance(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const m = mean(values);
  return values.reduce((sum, v) => sum + (v - m) ** 2, 0) / (values.length - 1);
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

/** Least-squares line through (x, y) with x = 1 … n, Kusto's series_fit_line convention. */
export function fitLine(y: readonly number[]): LineFit {
  const n = y.length;
  const xs = y.map((_, i) => i + 1);
  const xMean = mean(xs);
  const yMean = mean(y);
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - xMean) * (y[i] - yMean);
    sxx += (xs[i] - xMean) ** 2;
  }
  const slope = sxx === 0 ? 0 : sxy / sxx;
  const intercept = yMean - slope * xMean;
  return { slope, intercept, line: xs.map((x) => intercept + slope * x) };
}

/** Elements as numbers: non-numeric elements count as 0, as after series_fill_const. */
export function numericSeries(value: unknown): number[] | null {
  if (!Array.isArray(value)) return null;
  return value.map((v) => (typeof v === 'number' && Number.isFinite(v) ? v : 0));
}
