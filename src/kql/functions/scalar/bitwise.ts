import { defineScalar } from '../define.ts';
import type { ScalarFunction } from '../registry-types.ts';
import { asInteger } from '../values.ts';

/** Kusto's binary_* functions work on 64-bit signed longs; BigInt keeps the bits exact. */
function asLong(value: unknown): bigint | null {
  const n = asInteger(value);
  return n === null ? null : BigInt.asIntN(64, BigInt(n));
}

function binary(name: string, op: (a: bigint, b: bigint) => bigint): ScalarFunction {
  return defineScalar({
    name,
    params: ['number', 'number'],
    result: 'long',
    impl: (left, right) => {
      const a = asLong(left);
      const b = asLong(right);
      return a === null || b === null ? null : Number(BigInt.asIntN(64, op(a, b)));
    },
  });
}

export const bitwiseFunctions: readonly ScalarFunction[] = [
  binary('binary_and', (a, b) => a & b),
  binary('binary_or', (a, b) => a | b),
  binary('binary_xor', (a, b) => a ^ b),
  binary('binary_shift_left', (a, b) => (b < 0n || b > 63n ? 0n : a << b)),
  binary('binary_shift_right', (a, b) => (b < 0n || b > 63n ? 0n : BigInt.asUintN(64, a) >> b)),
  defineScalar({
    name: 'binary_not',
    params: ['number'],
    result: 'long',
    impl: (value) => {
      const a = asLong(value);
      return a === null ? null : Number(~a);
    },
  }),
  defineScalar({
    name: 'bitset_count_ones',
    params: ['number'],
    result: 'long',
    impl: (value) => {
      const a = asLong(value);
      return a === null ? null : [...BigInt.asUintN(64, a).toString(2)].filter((bit) => bit === '1').length;
    },
  }),
];
