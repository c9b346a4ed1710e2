import { defineScalar } from '../define.ts';
import type { ScalarFunction } from '../registry-types.ts';
import { asNumber } from '../values.ts';

/**
 * Element-wise series_* functions (series-abs-function.md … series-tan-function.md,
 * series-add-function.md …, series-greater-function.md …): each element is read as a number, an
 * element that is not numeric gives null in its place, and a non-array input gives null.
 */

const numberAt = (value: unknown): number | null => (typeof value === 'string' ? null : asNumber(value));

function unarySeries(name: string, fn: (x: number) => number): ScalarFunction {
  return defineScalar({
    name,
    params: ['dynamic'],
    result: 'dynamic',
    impl: (series) => {
      if (!Array.isArray(series)) return null;
      return series.map((element) => {
        const x = numberAt(element);
        return x === null ? null : finiteOrNull(fn(x));
      });
    },
  });
}

/** A dynamic array holds JSON: NaN and ±∞ have no JSON form and are null there. */
function finiteOrNull(value: number | boolean): number | boolean | null {
  return typeof value === 'number' && !Number.isFinite(value) ? null : value;
}

/**
 * A binary series function: either side may be a series or a scalar (series_add(s, 1)); two
 * series of different lengths give the longer length, the missing elements reading as null.
 */
function binarySeries(name: string, fn: (a: number, b: number) => number | boolean): ScalarFunction {
  return defineScalar({
    name,
    params: [
      ['dynamic', 'number'],
      ['dynamic', 'number'],
    ],
    result: 'dynamic',
    impl: (left, right) => {
      if (!Array.isArray(left) && !Array.isArray(right)) return null;
      const length = Math.max(Array.isArray(left) ? left.length : 0, Array.isArray(right) ? right.length : 0);
      const at = (side: unknown, index: number) => numberAt(Array.isArray(side) ? side[index] : side);
      return Array.from({ length }, (_, index) => {
        const [a, b] = [at(left, index), at(right, index)];
        return a === null || b === null ? null : finiteOrNull(fn(a, b));
      });
    },
  });
}

/** A series reduced to one number (series_sum, series_product, series_magnitude); null elements count as 0. */
function reducedSeries(name: string, reduce: (values: readonly number[]) => number): ScalarFunction {
  return defineScalar({
    name,
    params: ['dynamic'],
    result: 'real',
    impl: (series) => (Array.isArray(series) ? reduce(series.map((element) => numberAt(element) ?? 0)) : null),
  });
}

export const seriesElementwiseFunctions: readonly ScalarFunction[] = [
  unarySeries('series_abs', Math.abs),
  unarySeries('series_ceiling', Math.ceil),
  unarySeries('series_floor', Math.floor),
  unarySeries('series_sign', Math.sign),
  unarySeries('series_exp', Math.exp),
  unarySeries('series_log', Math.log),
  unarySeries('series_sin', Math.sin),
  unarySeries('series_cos', Math.cos),
  unarySeries('series_tan', Math.tan),
  unarySeries('series_asin', Math.asin),
  unarySeries('series_acos', Math.acos),
  unarySeries('series_atan', Math.atan),
  binarySeries('series_add', (a, b) => a + b),
  binarySeries('series_subtract', (a, b) => a - b),
  binarySeries('series_multiply', (a, b) => a * b),
  binarySeries('series_divide', (a, b) => a / b),
  binarySeries('series_pow', (a, b) => a ** b),
  binarySeries('series_equals', (a, b) => a === b),
  binarySeries('series_not_equals', (a, b) => a !== b),
  binarySeries('series_greater', (a, b) => a > b),
  binarySeries('series_greater_equals', (a, b) => a >= b),
  binarySeries('series_less', (a, b) => a < b),
  binarySeries('series_less_equals', (a, b) => a <= b),
  reducedSeries('series_sum', (values) => values.reduce((sum, v) => sum + v, 0)),
  reducedSeries('series_product', (values) => values.reduce((product, v) => product * v, 1)),
  reducedSeries('series_magnitude', (values) => Math.sqrt(values.reduce((sum, v) => sum + v * v, 0))),
];
