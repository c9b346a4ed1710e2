import { defineScalar } from '../define.ts';
import type { ScalarFunction } from '../registry-types.ts';
import { asInteger, asNumber, isNull } from '../values.ts';

/** A one-argument numeric function: null in, null out; NaN/∞ pass through as Kusto's real does. */
function unary(name: string, fn: (x: number) => number, result: 'real' | 'same' = 'real'): ScalarFunction {
  return defineScalar({
    name,
    params: [result === 'same' ? ['number', 'timespan'] : 'number'],
    result: (args) => (result === 'same' ? args[0].type : 'real'),
    impl: (value) => {
      const x = asNumber(value);
      return x === null ? null : fn(x);
    },
  });
}

/**
 * round(x, precision): half away from zero on the decimal text, so round(2.15, 1) = 2.2 as
 * Kusto documents (binary floating point would give 2.1); negative precision rounds left
 * of the point.
 */
export function roundHalfAwayFromZero(x: number, precision: number): number {
  if (!Number.isFinite(x)) return x;
  const magnitude = Math.abs(x);
  if (String(magnitude).includes('e')) {
    const factor = 10 ** precision;
    return (Math.sign(x) * Math.round(magnitude * factor)) / factor;
  }
  const shifted = Math.round(Number(`${magnitude}e${precision}`));
  // `+ 0` turns a rounded-away negative (-0) into 0.
  return Math.sign(x) * Number(`${shifted}e${-precision}`) + 0;
}

export const mathFunctions: readonly ScalarFunction[] = [
  unary('abs', Math.abs, 'same'),
  unary('ceiling', Math.ceil, 'same'),
  unary('sign', Math.sign, 'same'),
  unary('sqrt', Math.sqrt),
  unary('exp', Math.exp),
  unary('exp2', (x) => 2 ** x),
  unary('exp10', (x) => 10 ** x),
  unary('log', Math.log),
  unary('log2', Math.log2),
  unary('log10', Math.log10),
  unary('sin', Math.sin),
  unary('cos', Math.cos),
  unary('tan', Math.tan),
  unary('asin', Math.asin),
  unary('acos', Math.acos),
  unary('atan', Math.atan),
  unary('cot', (x) => 1 / Math.tan(x)),
  unary('degrees', (x) => (x * 180) / Math.PI),
  unary('radians', (x) => (x * Math.PI) / 180),
  defineScalar({
    name: 'atan2',
    params: ['number', 'number'],
    result: 'real',
    impl: (y, x) => {
      const [a, b] = [asNumber(y), asNumber(x)];
      return a === null || b === null ? null : Math.atan2(a, b);
    },
  }),
  defineScalar({
    name: 'round',
    params: ['number'],
    optional: ['number'],
    result: (args) => args[0].type,
    impl: (value, precision) => {
      const x = asNumber(value);
      const digits = isNull(precision) ? 0 : asInteger(precision);
      return x === null || digits === null ? null : roundHalfAwayFromZero(x, digits);
    },
  }),
  defineScalar({
    name: 'pow',
    params: ['number', 'number'],
    result: 'real',
    impl: (base, exponent) => {
      const b = asNumber(base);
      const e = asNumber(exponent);
      return b === null || e === null ? null : b ** e;
    },
  }),
  defineScalar({
    name: 'isnan',
    params: ['number'],
    result: 'bool',
    impl: (v) => typeof v === 'number' && Number.isNaN(v),
  }),
  defineScalar({
    name: 'isfinite',
    params: ['number'],
    result: 'bool',
    // NaN is a number that is neither finite nor infinite (isfinite-function.md, isinf-function.md).
    impl: (v) => {
      if (typeof v === 'number' && Number.isNaN(v)) return false;
      const n = asNumber(v);
      return n === null ? null : Number.isFinite(n);
    },
  }),
  defineScalar({
    name: 'isinf',
    params: ['number'],
    result: 'bool',
    impl: (value) => {
      if (typeof value === 'number' && Number.isNaN(value)) return false;
      const x = asNumber(value);
      return x === null ? null : x === Number.POSITIVE_INFINITY || x === Number.NEGATIVE_INFINITY;
    },
  }),
  defineScalar({ name: 'pi', result: 'real', impl: () => Math.PI }),
  defineScalar({
    name: 'rand',
    optional: ['number'],
    result: (args) => (args.length > 0 ? 'long' : 'real'),
    impl: (range) => {
      if (isNull(range)) return Math.random();
      const n = asInteger(range);
      return n === null || n < 1 ? null : Math.floor(Math.random() * n);
    },
  }),
];
