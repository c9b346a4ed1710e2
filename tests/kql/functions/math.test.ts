import { describe, expect, it } from 'vitest';
import { type Arg, callScalar, HOUR, long, real, resultTypeOf, ts } from './support/helpers.ts';

type Case = readonly [name: string, args: Arg[], expected: unknown];

const cases: Case[] = [
  ['abs', [real(-3.5)], 3.5],
  ['abs', [ts(-HOUR)], HOUR],
  ['round', [real(2.98765), long(3)], 2.988],
  ['round', [real(2.15), long(1)], 2.2],
  ['round', [real(2.5)], 3],
  ['round', [real(-2.5)], -3],
  ['round', [real(-50.55), long(-2)], -100],
  ['round', [real(21.5), long(-1)], 20],
  ['round', [real(null)], null],
  ['round', [real(-0.4)], 0],
  ['ceiling', [real(-1.1)], -1],
  ['ceiling', [real(1.1)], 2],
  ['sqrt', [real(64)], 8],
  ['sqrt', [real(-1)], Number.NaN],
  ['log', [real(Math.E)], 1],
  ['log10', [real(100)], 2],
  ['log2', [real(8)], 3],
  ['exp', [real(0)], 1],
  ['exp2', [real(3)], 8],
  ['pow', [real(2), long(10)], 1024],
  ['sign', [real(-7)], -1],
  ['isnan', [real(Number.NaN)], true],
  ['isnan', [real(1)], false],
  ['isinf', [real(Number.POSITIVE_INFINITY)], true],
  ['isfinite', [real(1)], true],
  // isfinite-function.md, isinf-function.md: NaN is neither finite nor infinite.
  ['isfinite', [real(Number.NaN)], false],
  ['isinf', [real(Number.NaN)], false],
  ['binary_and', [long(0x1c), long(0x0a)], 0x08],
  ['binary_or', [long(0x10), long(0x01)], 0x11],
  ['binary_xor', [long(0b110), long(0b011)], 0b101],
  ['binary_not', [long(100)], -101],
  ['binary_shift_left', [long(1), long(10)], 1024],
  ['binary_shift_right', [long(1024), long(3)], 128],
  ['bitset_count_ones', [long(42)], 3],
  ['binary_and', [long(null), long(1)], null],
];

describe('math functions', () => {
  it.each(cases)('%s(%j) = %j', (name, args, expected) => {
    expect(callScalar(name, ...args)).toEqual(expected);
  });

  it('draws random numbers in range', () => {
    const value = callScalar('rand') as number;
    expect(value).toBeGreaterThanOrEqual(0);
    expect(value).toBeLessThan(1);
    const dice = callScalar('rand', long(6)) as number;
    expect(Number.isInteger(dice) && dice >= 0 && dice < 6).toBe(true);
  });

  it('keeps the argument type where Kusto does', () => {
    expect(resultTypeOf('round', long(1))).toBe('long');
    expect(resultTypeOf('abs', ts(1))).toBe('timespan');
    expect(resultTypeOf('sqrt', long(4))).toBe('real');
  });
});
