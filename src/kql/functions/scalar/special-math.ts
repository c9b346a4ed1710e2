import { defineScalar } from '../define.ts';
import { lazyModule } from '../lazy-module.ts';
import type { ScalarFunction } from '../registry-types.ts';
import { asNumber } from '../values.ts';

/**
 * erf, erfc, gamma, loggamma and the beta distribution's beta_cdf, beta_pdf and beta_inv, computed by
 * stdlib's implementations. Kusto's domain rules (beta-cdf-function.md, beta-inv-function.md):
 * x outside [0, 1] or a shape parameter that is not positive gives NaN; beta_inv with a
 * probability outside [0, 1] gives null.
 */
type Unary = (x: number) => number;
type BetaFunction = (x: number, alpha: number, beta: number) => number;
const erf = lazyModule<Unary>('@stdlib/math-base-special-erf');
const erfc = lazyModule<Unary>('@stdlib/math-base-special-erfc');
const gamma = lazyModule<Unary>('@stdlib/math-base-special-gamma');
const logGamma = lazyModule<Unary>('@stdlib/math-base-special-gammaln');
const betaCdf = lazyModule<BetaFunction>('@stdlib/stats-base-dists-beta-cdf');
const betaPdf = lazyModule<BetaFunction>('@stdlib/stats-base-dists-beta-pdf');
const betaQuantile = lazyModule<BetaFunction>('@stdlib/stats-base-dists-beta-quantile');

const validShapes = (alpha: number, beta: number) => alpha > 0 && beta > 0;

function betaFunction(name: string, apply: (x: number, alpha: number, beta: number) => number | null): ScalarFunction {
  return defineScalar({
    name,
    params: ['number', 'number', 'number'],
    result: 'real',
    impl: (x, alpha, beta) => {
      const [a, b, c] = [asNumber(x), asNumber(alpha), asNumber(beta)];
      return a === null || b === null || c === null ? null : apply(a, b, c);
    },
  });
}

const inUnitInterval = (x: number) => x >= 0 && x <= 1;

export const specialMathFunctions: readonly ScalarFunction[] = [
  defineScalar({ name: 'erf', params: ['number'], result: 'real', impl: (x) => nullOr(asNumber(x), erf()) }),
  defineScalar({ name: 'erfc', params: ['number'], result: 'real', impl: (x) => nullOr(asNumber(x), erfc()) }),
  defineScalar({ name: 'gamma', params: ['number'], result: 'real', impl: (x) => nullOr(asNumber(x), gamma()) }),
  defineScalar({ name: 'loggamma', params: ['number'], result: 'real', impl: (x) => nullOr(asNumber(x), logGamma()) }),
  betaFunction('beta_cdf', (x, alpha, beta) =>
    inUnitInterval(x) && validShapes(alpha, beta) ? betaCdf()(x, alpha, beta) : Number.NaN,
  ),
  betaFunction('beta_pdf', (x, alpha, beta) =>
    inUnitInterval(x) && validShapes(alpha, beta) ? betaPdf()(x, alpha, beta) : Number.NaN,
  ),
  betaFunction('beta_inv', (p, alpha, beta) => {
    if (!inUnitInterval(p)) return null;
    return validShapes(alpha, beta) ? betaQuantile()(p, alpha, beta) : Number.NaN;
  }),
];

function nullOr(x: number | null, fn: (x: number) => number): number | null {
  return x === null ? null : fn(x);
}
