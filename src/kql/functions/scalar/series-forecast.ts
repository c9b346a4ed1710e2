import { defineScalar } from '../define.ts';
import type { ScalarFunction } from '../registry-types.ts';
import { fitLine, mean, numericSeries, sampleVariance } from '../series-math.ts';
import { asInteger } from '../values.ts';
import { decomposeSeries, readDecomposeOptions } from './series-decompose.ts';

/**
 * series_decompose_forecast(series, points, seasonality, trend, threshold)
 * (series-decompose-forecast-function.md): decomposes all but the last `points` values as
 * series_decompose does (same simplifications) and continues the trend and the seasonal
 * pattern over the whole series.
 */
function decomposeForecast(
  series: unknown,
  points: unknown,
  seasonality: unknown,
  trend: unknown,
  threshold: unknown,
): number[] | null {
  const y = numericSeries(series);
  const forecastPoints = asInteger(points);
  if (!y || forecastPoints === null || forecastPoints < 0) return null;
  const known = y.slice(0, Math.max(0, y.length - forecastPoints));
  if (known.length === 0) return y.map(() => 0);
  const options = readDecomposeOptions({ seasonality, trend, seasonalityThreshold: threshold });
  const parts = decomposeSeries(known, options);
  const trendAt =
    options.trend === 'linefit'
      ? (() => {
          const { slope, intercept } = fitLine(known);
          return (i: number) => intercept + slope * (i + 1);
        })()
      : (i: number) => (i < known.length ? parts.trend[i] : (parts.trend[known.length - 1] ?? 0));
  const seasonalAt = (i: number) => (parts.period >= 2 ? parts.seasonal[i % parts.period] : 0);
  return y.map((_, i) => trendAt(i) + seasonalAt(i));
}

/** Least-squares fit of y over x = from+1 … to (global positions), from running sums. */
interface Sums {
  readonly n: number;
  readonly x: number;
  readonly y: number;
  readonly xx: number;
  readonly xy: number;
  readonly yy: number;
}

function runningSums(y: readonly number[]): Sums[] {
  const sums: Sums[] = [{ n: 0, x: 0, y: 0, xx: 0, xy: 0, yy: 0 }];
  y.forEach((v, i) => {
    const last = sums[i];
    const x = i + 1;
    sums.push({
      n: last.n + 1,
      x: last.x + x,
      y: last.y + v,
      xx: last.xx + x * x,
      xy: last.xy + x * v,
      yy: last.yy + v * v,
    });
  });
  return sums;
}

function segmentFit(sums: readonly Sums[], from: number, to: number) {
  const [a, b] = [sums[from], sums[to]];
  const n = b.n - a.n;
  const [sx, sy, sxx, sxy, syy] = [b.x - a.x, b.y - a.y, b.xx - a.xx, b.xy - a.xy, b.yy - a.yy];
  const denominator = n * sxx - sx * sx;
  const slope = denominator === 0 ? 0 : (n * sxy - sx * sy) / denominator;
  const intercept = n === 0 ? 0 : (sy - slope * sx) / n;
  const total = syy - (sy * sy) / n;
  // Residual sum of squares of the fitted line, expanded so it needs only the sums.
  const residual = Math.max(
    0,
    syy -
      2 * slope * sxy -
      2 * intercept * sy +
      slope * slope * sxx +
      2 * slope * intercept * sx +
      n * intercept * intercept,
  );
  return { slope, intercept, residual, total, n };
}

/**
 * series_fit_2lines (series-fit-2lines-function.md): the split that minimises the two lines'
 * residual sum of squares (each side at least two points), with Kusto's result fields.
 */
function fitTwoLines(series: unknown): Record<string, unknown> | null {
  const y = numericSeries(series);
  if (!y || y.length < 4) return null;
  const sums = runningSums(y);
  let best = { split: 2, cost: Number.POSITIVE_INFINITY };
  for (let split = 2; split <= y.length - 2; split++) {
    const cost = segmentFit(sums, 0, split).residual + segmentFit(sums, split, y.length).residual;
    if (cost < best.cost) best = { split, cost };
  }
  const sides = { left: segmentFit(sums, 0, best.split), right: segmentFit(sums, best.split, y.length) };
  const line = y.map((_, i) => {
    const side = i < best.split ? sides.left : sides.right;
    return side.intercept + side.slope * (i + 1);
  });
  const totalSquares = y.reduce((sum, v) => sum + (v - mean(y)) ** 2, 0);
  const rsquare = (residual: number, total: number) => (total === 0 ? 1 : 1 - residual / total);
  const describe = (prefix: string, side: typeof sides.left, values: number[], fitted: number[]) => ({
    [`${prefix}rsquare`]: rsquare(side.residual, side.total),
    [`${prefix}slope`]: side.slope,
    [`${prefix}interception`]: side.intercept,
    [`${prefix}variance`]: sampleVariance(values),
    [`${prefix}rvariance`]: sampleVariance(values.map((v, i) => v - fitted[i])),
  });
  return {
    rsquare: rsquare(best.cost, totalSquares),
    split_idx: best.split - 1,
    variance: sampleVariance(y),
    rvariance: sampleVariance(y.map((v, i) => v - line[i])),
    line_fit: line,
    ...describe('right_', sides.right, y.slice(best.split), line.slice(best.split)),
    ...describe('left_', sides.left, y.slice(0, best.split), line.slice(0, best.split)),
  };
}

export const seriesForecastFunctions: readonly ScalarFunction[] = [
  defineScalar({
    name: 'series_decompose_forecast',
    params: ['dynamic', 'number'],
    optional: ['number', 'string', 'number'],
    result: 'dynamic',
    impl: decomposeForecast,
  }),
  defineScalar({ name: 'series_fit_2lines', params: ['dynamic'], result: 'dynamic', impl: fitTwoLines }),
  defineScalar({ name: 'series_fit_2lines_dynamic', params: ['dynamic'], result: 'dynamic', impl: fitTwoLines }),
];
