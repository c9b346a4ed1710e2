import { valueKey } from '../compare.ts';
import type { Accumulator } from '../registry-types.ts';
import { asBool } from '../values.ts';
import { defineAggregate, isMissing } from './define.ts';

/**
 * dcount is exact here (a Set of values), not HyperLogLog: local data is small enough, and
 * exact counts make hunt thresholds reproducible. The accuracy argument is accepted and ignored.
 */
function distinctCounter(predicateIndex: number | null) {
  return () => (): Accumulator => {
    const seen = new Set<string>();
    return {
      add: (values) => {
        if (predicateIndex !== null && asBool(values[predicateIndex]) !== true) return;
        if (!isMissing(values[0])) seen.add(valueKey(values[0]));
      },
      result: () => seen.size,
    };
  };
}

export const distinctCountAggregates = [
  defineAggregate({
    name: 'dcount',
    aliases: ['count_distinct'],
    params: ['any'],
    optional: ['number'],
    result: 'long',
    create: distinctCounter(null),
  }),
  defineAggregate({
    name: 'dcountif',
    aliases: ['count_distinctif'],
    params: ['any', 'bool'],
    optional: ['number'],
    result: 'long',
    create: distinctCounter(1),
  }),
];
