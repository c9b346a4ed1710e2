import { describe, expect, it } from 'vitest';
import { multiColumnResult } from '../../../src/kql/functions/index.ts';
import { callScalar, dyn, long, real, str } from './support/helpers.ts';

describe('series functions', () => {
  it('series_stats returns min, min_idx, max, max_idx, avg, stdev, variance (sample)', () => {
    expect(callScalar('series_stats', dyn([4, 2, 6, 'x', 8]))).toEqual({
      min: 2,
      min_idx: 1,
      max: 8,
      max_idx: 4,
      avg: 5,
      stdev: Math.sqrt(20 / 3),
      variance: 20 / 3,
    });
    expect(callScalar('series_stats_dynamic', dyn([1]))).toMatchObject({ avg: 1, variance: 0 });
    expect(callScalar('series_stats', dyn('nope'))).toBeNull();
  });

  it('describes series_stats columns for extend', () => {
    const layout = multiColumnResult('series_stats');
    expect(layout?.columns.map((c) => c.suffix)).toEqual([
      'min',
      'min_idx',
      'max',
      'max_idx',
      'avg',
      'stdev',
      'variance',
    ]);
    expect(layout?.split(callScalar('series_stats', dyn([3, 1])))).toEqual([1, 1, 3, 0, 2, Math.SQRT2, 2]);
    expect(multiColumnResult('strlen')).toBeUndefined();
  });

  it('series_fit_line fits y = 2x + 1 exactly', () => {
    const fit = callScalar('series_fit_line', dyn([3, 5, 7, 9])) as Record<string, unknown>;
    expect(fit.slope).toBeCloseTo(2);
    expect(fit.interception).toBeCloseTo(1);
    expect(fit.rsquare).toBeCloseTo(1);
    expect(fit.rvariance).toBeCloseTo(0);
    expect(fit.line_fit).toEqual([3, 5, 7, 9]);
  });

  it('series_decompose_anomalies flags a spike on a flat series', () => {
    const counts = [10, 11, 10, 9, 10, 11, 10, 60, 10, 9, 10, 11];
    const [flags, scores, baseline] = callScalar('series_decompose_anomalies', dyn(counts), real(1.5)) as number[][];
    expect(flags).toEqual([0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0]);
    expect(scores[7]).toBeGreaterThan(1.5);
    expect(baseline).toHaveLength(counts.length);
  });

  it('series_decompose_anomalies accepts the corpus argument forms', () => {
    const counts = [5, 6, 5, 6, 5, 6, 5, 6, 5, 40];
    const result = callScalar(
      'series_decompose_anomalies',
      dyn(counts),
      real(1.5),
      long(-1),
      str('linefit'),
      long(0),
      str('ctukey'),
      real(0.7),
    ) as number[][];
    expect(result[0][9]).toBe(1);
    // series-decompose-anomalies-function.md: the trend is 'avg' unless 'linefit' is asked for.
    const [flags, , baseline] = callScalar('series_decompose_anomalies', dyn([1, 2, 3])) as number[][];
    expect(flags).toEqual([0, 0, 0]);
    expect(baseline).toEqual([2, 2, 2]);
    expect(callScalar('series_decompose_anomalies', dyn([1, 2, 3]), real(1.5), long(0), str('linefit'))).toEqual([
      [0, 0, 0],
      [0, 0, 0],
      [1, 2, 3],
    ]);
  });

  it('series_decompose takes the median of each phase, so one spike does not move the season', () => {
    // series-decompose-function.md: seasonal is the median of the points in the same phase.
    const y = [1, 5, 1, 5, 1, 50, 1, 5];
    const [, seasonal] = callScalar('series_decompose', dyn(y), long(2), str('avg')) as number[][];
    expect(seasonal).toEqual([-2, 2, -2, 2, -2, 2, -2, 2]);
  });

  it('series_decompose splits a periodic series into baseline, seasonal, trend and residual', () => {
    const y = [1, 5, 1, 5, 1, 5, 1, 5];
    const [baseline, seasonal, trend, residual] = callScalar(
      'series_decompose',
      dyn(y),
      long(2),
      str('avg'),
    ) as number[][];
    expect(trend).toEqual(Array(8).fill(3));
    expect(seasonal).toEqual([-2, 2, -2, 2, -2, 2, -2, 2]);
    expect(baseline).toEqual(y);
    expect(residual).toEqual(Array(8).fill(0));
  });

  it('fills missing values', () => {
    expect(callScalar('series_fill_forward', dyn([null, 1, null, null, 3]))).toEqual([null, 1, 1, 1, 3]);
    expect(callScalar('series_fill_backward', dyn([null, 1, null, 3, null]))).toEqual([1, 1, 3, 3, null]);
    expect(callScalar('series_fill_const', dyn([null, 1]), long(0))).toEqual([0, 1]);
    expect(callScalar('series_fill_linear', dyn([null, 2, null, null, 8, null]))).toEqual([2, 2, 4, 6, 8, 8]);
  });
});
