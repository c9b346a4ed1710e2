import type { ArgumentInfo } from '../registry-types.ts';
import { asBool, asNumber } from '../values.ts';
import { defineAggregate } from './define.ts';

/** sum keeps integer and timespan types; everything else sums as real. */
const sumType = (args: readonly ArgumentInfo[]) => (args[0].type === 'int' ? 'long' : args[0].type);

/** Running sum and count of non-null numbers; `mode` picks the result. A group with none yields null. */
function summing(mode: 'sum' | 'avg', predicateIndex: number | null) {
  return () => () => {
    let total = 0;
    let count = 0;
    return {
      add: (values: readonly unknown[]) => {
        if (predicateIndex !== null && asBool(values[predicateIndex]) !== true) return;
        const n = asNumber(values[0]);
        if (n === null) return;
        total += n;
        count++;
      },
      result: () => (count === 0 ? null : mode === 'sum' ? total : total / count),
    };
  };
}

export const sumAvgAggregates = [
  defineAggregate({ name: 'sum', params: [['number', 'timespan']], result: sumType, create: summing('sum', null) }),
  defineAggregate({
    name: 'sumif',
    params: [['number', 'timespan'], 'bool'],
    result: sumType,
    create: summing('sum', 1),
  }),
  defineAggregate({
    name: 'avg',
    params: [['number', 'timespan']],
    result: (args) => (args[0].type === 'timespan' ? 'timespan' : 'real'),
    create: summing('avg', null),
  }),
  defineAggregate({
    name: 'avgif',
    params: [['number', 'timespan'], 'bool'],
    result: (args) => (args[0].type === 'timespan' ? 'timespan' : 'real'),
    create: summing('avg', 1),
  }),
];
