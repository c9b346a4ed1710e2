import { describe, expect, it } from 'vitest';
import { callScalar, dyn, long } from './support/helpers.ts';

// series-abs-function.md, series-add-function.md, series-greater-function.md, series-sum-function.md …
describe('element-wise series functions', () => {
  it('maps one series, with null for elements that are not numbers', () => {
    expect(callScalar('series_abs', dyn([-6.5, 0, 8.2]))).toEqual([6.5, 0, 8.2]);
    expect(callScalar('series_ceiling', dyn([-1.5, 1, 2.5]))).toEqual([-1, 1, 3]);
    expect(callScalar('series_sign', dyn([-6, 'x', null, 8]))).toEqual([-1, null, null, 1]);
    expect(callScalar('series_log', dyn([0, -1]))).toEqual([null, null]);
    expect(callScalar('series_exp', dyn('not an array'))).toBeNull();
  });

  it('combines two series, or a series and a scalar, element by element', () => {
    expect(callScalar('series_add', dyn([1, 2, 4]), dyn([4, 2, 1]))).toEqual([5, 4, 5]);
    expect(callScalar('series_divide', dyn([1, 2, 4]), dyn([4, 2, 0]))).toEqual([0.25, 1, null]);
    expect(callScalar('series_multiply', dyn([1, 2, 3]), long(2))).toEqual([2, 4, 6]);
    expect(callScalar('series_subtract', dyn([1, 2, 3]), dyn([1]))).toEqual([0, null, null]);
    expect(callScalar('series_pow', dyn([4]), dyn([0.5]))).toEqual([2]);
  });

  it('compares element by element', () => {
    const [s1, s2] = [dyn([1, 2, 4]), dyn([4, 2, 1])];
    expect(callScalar('series_greater', s1, s2)).toEqual([false, false, true]);
    expect(callScalar('series_greater_equals', s1, s2)).toEqual([false, true, true]);
    expect(callScalar('series_less', s1, s2)).toEqual([true, false, false]);
    expect(callScalar('series_less_equals', s1, s2)).toEqual([true, true, false]);
    expect(callScalar('series_equals', s1, s2)).toEqual([false, true, false]);
    expect(callScalar('series_not_equals', s1, s2)).toEqual([true, false, true]);
  });

  it('reduces a series to its sum, product and magnitude', () => {
    expect(callScalar('series_sum', dyn([1, 2, 3, 4]))).toBe(10);
    expect(callScalar('series_product', dyn([1, 2, 3, 4]))).toBe(24);
    expect(callScalar('series_magnitude', dyn([1, 2, 3, 4]))).toBeCloseTo(5.477225575051661);
    expect(callScalar('series_sum', dyn(null))).toBeNull();
  });
});

describe('series filters', () => {
  it('series_iir with b = [1], a = [1, -1] is the running sum (series-iir-function.md)', () => {
    expect(callScalar('series_iir', dyn([1, 2, 3, 4]), dyn([1]), dyn([1, -1]))).toEqual([1, 3, 6, 10]);
    expect(callScalar('series_iir', dyn([1, 2]), dyn([1]), dyn([0]))).toBeNull();
  });

  it('series_pearson_correlation is 1 for a perfect line and null for unequal lengths', () => {
    expect(callScalar('series_pearson_correlation', dyn([1, 2, 3, 4, 5]), dyn([2, 4, 6, 8, 10]))).toBeCloseTo(1);
    expect(callScalar('series_pearson_correlation', dyn([1, 2]), dyn([1]))).toBeNull();
  });

  it('series_seasonal takes the median of each phase, detecting the period when not given', () => {
    // series-seasonal-function.md
    expect(callScalar('series_seasonal', dyn([1, 3, 5, 1, 3, 5, 2, 4, 6]), long(3))).toEqual([
      1, 3, 5, 1, 3, 5, 1, 3, 5,
    ]);
    const cycle = [12, 14, 12, 10, 10];
    expect(callScalar('series_seasonal', dyn([...cycle, ...cycle, ...cycle, ...cycle]))).toEqual([
      ...cycle,
      ...cycle,
      ...cycle,
      ...cycle,
    ]);
    expect(callScalar('series_seasonal', dyn([1, 3, 5, 2, 4, 6, 1, 3, 5, 2, 4, 6]))).toEqual(Array(12).fill(0));
  });

  it('series_fill_linear keeps the edges when asked and fills an empty series with the constant', () => {
    // series-fill-linear-function.md
    expect(callScalar('series_fill_linear', dyn([null, 1, null, 3, null]))).toEqual([1, 1, 2, 3, 3]);
    expect(callScalar('series_fill_linear', dyn([null, 1, null, 3, null]), dyn(null), dyn(false))).toEqual([
      null,
      1,
      2,
      3,
      null,
    ]);
    expect(callScalar('series_fill_linear', dyn([null, null]), dyn(null), dyn(true), long(7))).toEqual([7, 7]);
  });

  it('series_stats_dynamic adds the sum and the count (series-stats-dynamic-function.md)', () => {
    expect(callScalar('series_stats_dynamic', dyn([23, 46, 23, 87, 4, 8, 3, 75, 2, 56, 13, 75, 32, 16, 29]))).toEqual({
      min: 2,
      min_idx: 8,
      max: 87,
      max_idx: 3,
      avg: 32.8,
      stdev: 28.503633853548269,
      variance: 812.45714285714291,
      sum: 492,
      len: 15,
    });
  });
});
