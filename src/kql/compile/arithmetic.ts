import type { KqlType } from '../types.ts';

type ArithmeticOp = '+' | '-' | '*' | '/' | '%';

const INTEGER: readonly KqlType[] = ['int', 'long'];
const NUMERIC: readonly KqlType[] = ['int', 'long', 'real', 'decimal'];

function numericResult(a: KqlType, b: KqlType): KqlType {
  if (a === 'real' || b === 'real' || a === 'decimal' || b === 'decimal') return 'real';
  return a === 'int' && b === 'int' ? 'int' : 'long';
}

/**
 * Kusto's result type of `a op b`, or undefined when the combination is not allowed.
 * datetime - datetime = timespan; datetime ± timespan = datetime; timespan * number = timespan;
 * timespan / timespan = real; dynamic operands are checked at run time.
 */
export function arithmeticResultType(op: ArithmeticOp, a: KqlType, b: KqlType): KqlType | undefined {
  const isNum = (t: KqlType) => NUMERIC.includes(t);
  if (a === 'dynamic' || b === 'dynamic') {
    const other = a === 'dynamic' ? b : a;
    return other === 'dynamic' || isNum(other) ? 'real' : other === 'string' ? undefined : other;
  }
  if (isNum(a) && isNum(b)) return numericResult(a, b);
  if (a === 'datetime' && b === 'datetime' && op === '-') return 'timespan';
  if (a === 'datetime' && b === 'timespan' && (op === '+' || op === '-')) return 'datetime';
  if (a === 'timespan' && b === 'datetime' && op === '+') return 'datetime';
  if (a === 'timespan' && b === 'timespan') {
    if (op === '+' || op === '-' || op === '%') return 'timespan';
    if (op === '/') return 'real';
  }
  if (a === 'timespan' && isNum(b) && (op === '*' || op === '/')) return 'timespan';
  if (isNum(a) && b === 'timespan' && op === '*') return 'timespan';
  return undefined;
}

const toNumber = (v: unknown): number | null => (typeof v === 'number' ? v : typeof v === 'boolean' ? Number(v) : null);

/**
 * The per-value function of `a op b` for a known result type. Integer division and modulo
 * truncate toward zero (Kusto long semantics); division by zero gives null for integers.
 */
export function arithmeticFunction(
  op: ArithmeticOp,
  result: KqlType,
  a: KqlType,
  b: KqlType,
): (x: unknown, y: unknown) => unknown {
  const integer = INTEGER.includes(result) && INTEGER.includes(a) && INTEGER.includes(b);
  const wrap = (f: (x: number, y: number) => number | null) => (x: unknown, y: unknown) => {
    const l = toNumber(x);
    const r = toNumber(y);
    if (l === null || r === null) return null;
    // Real arithmetic keeps NaN and infinities (Kusto: 0/0.0 is NaN, 1/0.0 is +inf).
    return f(l, r);
  };
  switch (op) {
    case '+':
      return wrap((x, y) => x + y);
    case '-':
      return wrap((x, y) => x - y);
    case '*':
      return wrap((x, y) => (integer ? Math.trunc(x * y) : x * y));
    case '/':
      return wrap((x, y) => (integer ? (y === 0 ? null : Math.trunc(x / y)) : x / y));
    case '%':
      // Kusto's modulo is never negative: 0 <= N % D < abs(D) (numerical-operators.md), unlike JavaScript's.
      return wrap((x, y) => (y === 0 ? null : ((x % y) + Math.abs(y)) % Math.abs(y)));
  }
}
