import { asInteger } from '../values.ts';
import { defineAggregate } from './define.ts';

/**
 * binary_all_and/or/xor (binary-all-and-aggregation-function.md …): the bitwise combination of
 * a group's long values as 64-bit integers; nulls are left out and a group without values
 * yields null.
 */
function bitwiseAll(name: string, combine: (a: bigint, b: bigint) => bigint) {
  return defineAggregate({
    name,
    params: ['number'],
    result: 'long',
    create: () => () => {
      let combined: bigint | null = null;
      return {
        add: ([value]: readonly unknown[]) => {
          const x = asInteger(value);
          if (x === null) return;
          const bits = BigInt.asIntN(64, BigInt(x));
          combined = combined === null ? bits : combine(combined, bits);
        },
        result: () => (combined === null ? null : Number(BigInt.asIntN(64, combined))),
      };
    },
  });
}

export const binaryAllAggregates = [
  bitwiseAll('binary_all_and', (a, b) => a & b),
  bitwiseAll('binary_all_or', (a, b) => a | b),
  bitwiseAll('binary_all_xor', (a, b) => a ^ b),
];
