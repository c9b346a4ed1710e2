import { describe, expect, it } from 'vitest';
import { callScalar, dyn, long } from './support/helpers.ts';

describe('series_fit_poly (series-fit-poly-function.md)', () => {
  it('fits a polynomial, coefficients from the highest power down', () => {
    const fit = callScalar('series_fit_poly', dyn([1, 4, 9, 16, 25]), dyn(null), long(2)) as Record<string, unknown>;
    expect((fit.coefficients as number[]).map((c) => Math.round(c * 1e9) / 1e9 + 0)).toEqual([1, 0, 0]);
    expect(fit.rsquare).toBeCloseTo(1);
    expect(fit.rvariance).toBeCloseTo(0);
  });

  it('defaults to a line over x = 1 … n and takes an uneven x', () => {
    const line = callScalar('series_fit_poly', dyn([3, 5, 7])) as Record<string, unknown>;
    expect((line.coefficients as number[]).map((c) => Math.round(c * 1e9) / 1e9 + 0)).toEqual([2, 1]);
    const uneven = callScalar('series_fit_poly', dyn([1, 5, 11]), dyn([0, 2, 5]), long(1)) as Record<string, unknown>;
    expect((uneven.coefficients as number[]).map((c) => Math.round(c * 1e9) / 1e9 + 0)).toEqual([2, 1]);
  });

  it('gives null when the degree cannot be fitted or the input is not a series', () => {
    expect(callScalar('series_fit_poly', dyn([1, 2]), dyn(null), long(3))).toBeNull();
    expect(callScalar('series_fit_poly', dyn([1, 2]), dyn([1]), long(1))).toBeNull();
    expect(callScalar('series_fit_poly', dyn('no'))).toBeNull();
  });
});
