import { valueKey } from '../compare.ts';
import { defineScalar } from '../define.ts';
import type { Accumulator } from '../registry-types.ts';
import { defineAggregate, isMissing } from './define.ts';

/**
 * hll()/hll_merge()/dcount_hll() with an exact "sketch": the sorted distinct value keys as a
 * dynamic array. Counts are exact (like dcount here); sketches are larger than Kusto's
 * HyperLogLog but local data is small.
 */
function sketchOf(keys: Set<string>): string[] {
  return [...keys].sort();
}

function keysIn(sketch: unknown): string[] {
  return Array.isArray(sketch) ? sketch.filter((key): key is string => typeof key === 'string') : [];
}

export const hllAggregates = [
  defineAggregate({
    name: 'hll',
    params: ['any'],
    optional: ['number'],
    result: 'dynamic',
    create: () => (): Accumulator => {
      const keys = new Set<string>();
      return {
        add: ([value]) => {
          if (!isMissing(value)) keys.add(valueKey(value));
        },
        result: () => sketchOf(keys),
      };
    },
  }),
  defineAggregate({
    name: 'hll_merge',
    params: ['dynamic'],
    result: 'dynamic',
    create: () => (): Accumulator => {
      const keys = new Set<string>();
      return {
        add: ([sketch]) => {
          for (const key of keysIn(sketch)) keys.add(key);
        },
        result: () => sketchOf(keys),
      };
    },
  }),
];

export const hllScalars = [
  defineScalar({
    // hll_merge(hll1, hll2, …) as a scalar (hll-merge-function.md): the union of the sketches.
    name: 'hll_merge',
    params: ['dynamic', 'dynamic'],
    rest: 'dynamic',
    result: 'dynamic',
    impl: (...sketches) => sketchOf(new Set(sketches.flatMap(keysIn))),
  }),
  defineScalar({
    name: 'dcount_hll',
    params: ['dynamic'],
    result: 'long',
    impl: (sketch) => (Array.isArray(sketch) ? new Set(keysIn(sketch)).size : null),
  }),
];
