import { valueKey } from '../compare.ts';
import { defineScalar } from '../define.ts';
import type { Accumulator } from '../registry-types.ts';
import { asBool } from '../values.ts';
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

/** hll(x [, accuracy]) and hll_if(x, predicate [, accuracy]) (hll-if-aggregation-function.md). */
function sketchAggregate(name: string, predicateIndex: number | null) {
  return defineAggregate({
    name,
    namePrefix: 'hll',
    params: predicateIndex === null ? ['any'] : ['any', 'bool'],
    optional: ['number'],
    result: 'dynamic',
    create: () => (): Accumulator => {
      const keys = new Set<string>();
      return {
        add: (values) => {
          if (predicateIndex !== null && asBool(values[predicateIndex]) !== true) return;
          if (!isMissing(values[0])) keys.add(valueKey(values[0]));
        },
        result: () => sketchOf(keys),
      };
    },
  });
}

export const hllAggregates = [
  sketchAggregate('hll', null),
  sketchAggregate('hll_if', 1),
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
