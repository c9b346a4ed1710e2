import { defineScalar } from '../define.ts';
import type { ScalarFunction } from '../registry-types.ts';
import { mean, numericSeries, sampleVariance } from '../series-math.ts';
import { asInteger, isNull } from '../values.ts';

/**
 * series_fit_poly(y, x = [1 … n], degree = 1) (series-fit-poly-function.md): least-squares
 * polynomial regression through the normal equations, solved by Gaussian elimination with partial
 * pivoting. Coefficients run from the highest power to the constant, as Kusto returns them.
 */
const MAX_DEGREE = 16;

/** Solves A·c = b in place; null when the system is singular (too few distinct x for the degree). */
function solve(a: number[][], b: number[]): number[] | null {
  const n = b.length;
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++) if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) pivot = row;
    if (Math.abs(a[pivot][col]) < 1e-12) return null;
    [a[col], a[pivot]] = [a[pivot], a[col]];
    [b[col], b[pivot]] = [b[pivot], b[col]];
    for (let row = col + 1; row < n; row++) {
      const factor = a[row][col] / a[col][col];
      for (let k = col; k < n; k++) a[row][k] -= factor * a[col][k];
      b[row] -= factor * b[col];
    }
  }
  const c = new Array<number>(n).fill(0);
  for (let row = n - 1; row >= 0; row--) {
    let sum = b[row];
    for (let k = row + 1; k < n; k++) sum -= a[row][k] * c[k];
    c[row] = sum / a[row][row];
  }
  return c;
}

function fitPoly(series: unknown, xSeries: unknown, degreeArg: unknown): Record<string, unknown> | null {
  const y = numericSeries(series);
  const degree = isNull(degreeArg) ? 1 : asInteger(degreeArg);
  if (!y || y.length === 0 || degree === null || degree < 1 || degree > MAX_DEGREE) return null;
  const x = isNull(xSeries) ? y.map((_, i) => i + 1) : numericSeries(xSeries);
  if (!x || x.length !== y.length) return null;
  const size = degree + 1;
  // Powers from the constant up: normal[i][j] = Σ x^(i+j), right[i] = Σ y·x^i.
  const normal = Array.from({ length: size }, (_, i) =>
    Array.from({ length: size }, (_, j) => sumOf(x, (v) => v ** (i + j))),
  );
  const right = Array.from({ length: size }, (_, i) => y.reduce((sum, v, k) => sum + v * x[k] ** i, 0));
  const ascending = solve(normal, right);
  if (!ascending) return null;
  const fit = x.map((v) => ascending.reduce((sum, c, power) => sum + c * v ** power, 0));
  const totalSquares = sumOf(y, (v) => (v - mean(y)) ** 2);
  const residualSquares = y.reduce((sum, v, i) => sum + (v - fit[i]) ** 2, 0);
  return {
    rsquare: totalSquares === 0 ? 1 : 1 - residualSquares / totalSquares,
    coefficients: [...ascending].reverse(),
    variance: sampleVariance(y),
    rvariance: sampleVariance(y.map((v, i) => v - fit[i])),
    poly_fit: fit,
  };
}

const sumOf = (values: readonly number[], term: (v: number) => number) => values.reduce((sum, v) => sum + term(v), 0);

export const seriesPolyFunctions: readonly ScalarFunction[] = [
  defineScalar({
    name: 'series_fit_poly',
    params: ['dynamic'],
    optional: ['dynamic', 'number'],
    result: 'dynamic',
    impl: fitPoly,
  }),
];
