import { defineScalar } from '../define.ts';
import type { ScalarFunction } from '../registry-types.ts';
import { mean, numericSeries, percentileOfSorted } from '../series-math.ts';
import { asInteger, isNull } from '../values.ts';
import { lagCorrelation } from './series-decompose.ts';

/**
 * series_iir (series-iir-function.md): the infinite impulse response filter
 * y[n] = (Σ b[i]·x[n−i] − Σ_{j≥1} a[j]·y[n−j]) / a[0], b the numerators and a the denominators.
 */
function infiniteImpulseResponse(series: unknown, numerators: unknown, denominators: unknown): number[] | null {
  const [x, b, a] = [numericSeries(series), numericSeries(numerators), numericSeries(denominators)];
  if (!x || !b || !a || a.length === 0 || a[0] === 0) return null;
  const y: number[] = [];
  for (let n = 0; n < x.length; n++) {
    let value = 0;
    for (let i = 0; i < b.length && i <= n; i++) value += b[i] * x[n - i];
    for (let j = 1; j < a.length && j <= n; j++) value -= a[j] * y[n - j];
    y.push(value / a[0]);
  }
  return y;
}

/** series_pearson_correlation (series-pearson-correlation-function.md) over the common length. */
function pearsonCorrelation(first: unknown, second: unknown): number | null {
  const [x, y] = [numericSeries(first), numericSeries(second)];
  if (!x || !y || x.length !== y.length || x.length === 0) return null;
  const [mx, my] = [mean(x), mean(y)];
  let [sxy, sxx, syy] = [0, 0, 0];
  for (let i = 0; i < x.length; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

/**
 * The period series_seasonal detects: the lag of 4 or more points, repeating at least 4 times,
 * whose lagCorrelation is highest and above 0.6;
 * 0 when there is none. An approximation of Kusto's detector that reproduces the page's examples.
 */
function detectSeasonalPeriod(y: readonly number[]): number {
  let best = 0;
  let bestScore = 0.6;
  for (let lag = 4; lag <= Math.floor(y.length / 4); lag++) {
    const score = lagCorrelation(y, lag);
    if (score > bestScore) [best, bestScore] = [lag, score];
  }
  return best;
}

/**
 * series_seasonal (series-seasonal-function.md): the median of each phase of the period, so one
 * odd cycle does not move it; the period is detected when not given (-1 or absent), and no
 * period (0, or none found) gives zeros.
 */
function seasonalComponent(series: unknown, period: unknown): number[] | null {
  const y = numericSeries(series);
  if (!y) return null;
  const given = isNull(period) ? -1 : (asInteger(period) ?? -1);
  const length = given < 0 ? detectSeasonalPeriod(y) : given;
  if (length < 2 || length > y.length) return y.map(() => 0);
  const medians = Array.from({ length }, (_, phase) =>
    percentileOfSorted(
      y.filter((_, index) => index % length === phase).sort((a, b) => a - b),
      50,
    ),
  );
  return y.map((_, index) => medians[index % length]);
}

export const seriesFilterFunctions: readonly ScalarFunction[] = [
  defineScalar({
    name: 'series_iir',
    params: ['dynamic', 'dynamic', 'dynamic'],
    result: 'dynamic',
    impl: infiniteImpulseResponse,
  }),
  defineScalar({
    name: 'series_pearson_correlation',
    params: ['dynamic', 'dynamic'],
    result: 'real',
    impl: pearsonCorrelation,
  }),
  defineScalar({
    name: 'series_seasonal',
    params: ['dynamic'],
    optional: ['number'],
    result: 'dynamic',
    impl: seasonalComponent,
  }),
];
