import { describe, expect, it } from 'vitest';
import { multiColumnResult } from '../../../src/kql/functions/index.ts';
import { callScalar, dyn, long, str } from './support/helpers.ts';

describe('series_fit_2lines (series-fit-2lines-function.md)', () => {
  it('finds the split between two straight segments', () => {
    const y = [1, 2, 3, 4, 5, 10, 8, 6, 4, 2];
    const fit = callScalar('series_fit_2lines', dyn(y)) as Record<string, unknown>;
    expect(fit.split_idx).toBe(4);
    expect(fit.rsquare).toBeCloseTo(1);
    expect(fit.left_slope).toBeCloseTo(1);
    expect(fit.right_slope).toBeCloseTo(-2);
    expect(fit.right_interception).toBeCloseTo(22);
    expect((fit.line_fit as number[]).map((v) => Math.round(v))).toEqual(y);
  });

  it('needs four points and spreads into Kusto columns', () => {
    expect(callScalar('series_fit_2lines', dyn([1, 2, 3]))).toBeNull();
    expect(
      multiColumnResult('series_fit_2lines')
        ?.columns.map((c) => c.suffix)
        .slice(0, 5),
    ).toEqual(['rsquare', 'split_idx', 'variance', 'rvariance', 'line_fit']);
  });
});

describe('series_decompose_forecast (series-decompose-forecast-function.md)', () => {
  it('continues the trend over the points left to forecast', () => {
    const known = [1, 2, 3, 4, 5, 6, 7, 8];
    const forecast = callScalar(
      'series_decompose_forecast',
      dyn([...known, 0, 0]),
      long(2),
      long(0),
      str('linefit'),
    ) as number[];
    expect(forecast.map((v) => Math.round(v * 1000) / 1000)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('repeats the seasonal pattern, and the average as trend when asked', () => {
    const cycle = [10, 20, 30, 20];
    const known = [...cycle, ...cycle, ...cycle];
    const forecast = callScalar(
      'series_decompose_forecast',
      dyn([...known, 0, 0, 0, 0]),
      long(4),
      long(4),
      str('avg'),
    ) as number[];
    expect(forecast.slice(-4).map((v) => Math.round(v))).toEqual(cycle);
    expect(callScalar('series_decompose_forecast', dyn('no'), long(1))).toBeNull();
  });
});
