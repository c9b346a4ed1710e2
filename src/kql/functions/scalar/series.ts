import { defineScalar } from '../define.ts';
import type { ScalarFunction } from '../registry-types.ts';
import { fitLine, mean, numericSeries, sampleVariance } from '../series-math.ts';
import { asNumber, isNull } from '../values.ts';
import { decomposeAnomalies, decomposeSeries, readDecomposeOptions } from './series-decompose.ts';

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const numericValues = (value: unknown): number[] => (Array.isArray(value) ? value.filter(isFiniteNumber) : []);

/** series_stats: the bag's keys are in Kusto's output-column order (Stats_min, Stats_min_idx, …). */
function seriesStats(value: unknown): Record<string, number | null> | null {
  if (!Array.isArray(value)) return null;
  const points = value.flatMap((v, index) => (isFiniteNumber(v) ? [{ v, index }] : []));
  if (points.length === 0) {
    return { min: null, min_idx: null, max: null, max_idx: null, avg: null, stdev: null, variance: null };
  }
  let min = points[0];
  let max = points[0];
  for (const point of points) {
    if (point.v < min.v) min = point;
    if (point.v > max.v) max = point;
  }
  const numbers = points.map((p) => p.v);
  const variance = sampleVariance(numbers);
  return {
    min: min.v,
    min_idx: min.index,
    max: max.v,
    max_idx: max.index,
    avg: mean(numbers),
    stdev: Math.sqrt(variance),
    variance,
  };
}

function seriesFitLine(value: unknown): Record<string, unknown> | null {
  const y = numericSeries(value);
  if (!y || y.length === 0) return null;
  const { slope, intercept, line } = fitLine(y);
  const residuals = y.map((v, i) => v - line[i]);
  const variance = sampleVariance(y);
  const rvariance = sampleVariance(residuals);
  const totalSquares = y.reduce((sum, v) => sum + (v - mean(y)) ** 2, 0);
  const residualSquares = residuals.reduce((sum, r) => sum + r * r, 0);
  return {
    rsquare: totalSquares === 0 ? 1 : 1 - residualSquares / totalSquares,
    slope,
    variance,
    rvariance,
    interception: intercept,
    line_fit: line,
  };
}

/** series_fill_forward/backward: replaces nulls (or a given placeholder) from the neighbour. */
function fill(direction: 'forward' | 'backward') {
  return (value: unknown, placeholder?: unknown) => {
    if (!Array.isArray(value)) return null;
    const isMissing = (v: unknown) => (isNull(placeholder) ? isNull(v) : v === placeholder || isNull(v));
    const ordered = direction === 'forward' ? [...value] : [...value].reverse();
    let last: unknown = null;
    const filled = ordered.map((v) => {
      if (isMissing(v)) return last;
      last = v;
      return v;
    });
    return direction === 'forward' ? filled : filled.reverse();
  };
}

/**
 * series_fill_linear(series, placeholder, fill_edges = true, constant = 0)
 * (series-fill-linear-function.md): interpolates inner gaps; leading/trailing gaps take the
 * nearest value when fill_edges, else stay; a series with no value at all becomes the constant.
 */
function fillLinear(value: unknown, placeholder?: unknown, fillEdges?: unknown, constant?: unknown): unknown[] | null {
  if (!Array.isArray(value)) return null;
  const isMissing = (v: unknown) => !isFiniteNumber(v) || (!isNull(placeholder) && v === placeholder);
  const known = value.flatMap((v, index) => (isMissing(v) ? [] : [index]));
  if (known.length === 0) return value.map(() => asNumber(constant) ?? 0);
  const edges = fillEdges !== false;
  return value.map((v, index) => {
    if (!isMissing(v)) return v;
    const after = known.find((k) => k > index);
    const before = known.findLast((k) => k < index);
    if (before === undefined) return edges ? value[after as number] : v;
    if (after === undefined) return edges ? value[before] : v;
    const [y0, y1] = [value[before] as number, value[after] as number];
    return y0 + ((y1 - y0) * (index - before)) / (after - before);
  });
}

export const seriesFunctions: readonly ScalarFunction[] = [
  defineScalar({ name: 'series_stats', params: ['dynamic'], optional: ['bool'], result: 'dynamic', impl: seriesStats }),
  defineScalar({
    // series-stats-dynamic-function.md: the bag also holds the sum and the number of values.
    name: 'series_stats_dynamic',
    params: ['dynamic'],
    optional: ['bool'],
    result: 'dynamic',
    impl: (value) => {
      const stats = seriesStats(value);
      const numbers = numericValues(value);
      return stats && { ...stats, sum: numbers.reduce((sum, v) => sum + v, 0), len: numbers.length };
    },
  }),
  defineScalar({ name: 'series_fit_line', params: ['dynamic'], result: 'dynamic', impl: seriesFitLine }),
  // The same bag, never spread into columns.
  defineScalar({ name: 'series_fit_line_dynamic', params: ['dynamic'], result: 'dynamic', impl: seriesFitLine }),
  defineScalar({
    name: 'series_decompose',
    params: ['dynamic'],
    optional: ['number', 'string', 'number', 'number'],
    result: 'dynamic',
    impl: (series, seasonality, trend, testPoints, seasonalityThreshold) => {
      const y = numericSeries(series);
      if (!y) return null;
      const options = readDecomposeOptions({ seasonality, trend, testPoints, seasonalityThreshold });
      const parts = decomposeSeries(y, options);
      return [parts.baseline, parts.seasonal, parts.trend, parts.residual];
    },
  }),
  defineScalar({
    name: 'series_decompose_anomalies',
    params: ['dynamic'],
    optional: ['number', 'number', 'string', 'number', 'string', 'number'],
    result: 'dynamic',
    impl: (series, threshold, seasonality, trend, testPoints, method, seasonalityThreshold) => {
      const y = numericSeries(series);
      if (!y) return null;
      const options = readDecomposeOptions({ threshold, seasonality, trend, testPoints, method, seasonalityThreshold });
      const result = decomposeAnomalies(y, options);
      return [result.flags, result.scores, result.baseline];
    },
  }),
  defineScalar({
    name: 'series_fill_forward',
    params: ['dynamic'],
    optional: ['any'],
    result: 'dynamic',
    impl: fill('forward'),
  }),
  defineScalar({
    name: 'series_fill_backward',
    params: ['dynamic'],
    optional: ['any'],
    result: 'dynamic',
    impl: fill('backward'),
  }),
  defineScalar({
    name: 'series_fill_linear',
    params: ['dynamic'],
    optional: ['any', 'bool', 'number'],
    result: 'dynamic',
    impl: fillLinear,
  }),
  defineScalar({
    name: 'series_fill_const',
    params: ['dynamic'],
    optional: ['any', 'any'],
    result: 'dynamic',
    impl: (value, constant, placeholder) =>
      Array.isArray(value)
        ? value.map((v) => (isNull(v) || (!isNull(placeholder) && v === placeholder) ? (constant ?? 0) : v))
        : null,
  }),
];
