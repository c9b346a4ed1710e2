import { asBool } from '../values.ts';
import { defineAggregate } from './define.ts';

export const countAggregates = [
  defineAggregate({
    name: 'count',
    result: 'long',
    defaultName: () => 'count_',
    create: () => () => {
      let count = 0;
      return {
        add: () => {
          count++;
        },
        result: () => count,
      };
    },
  }),
  defineAggregate({
    name: 'countif',
    params: ['bool'],
    result: 'long',
    defaultName: () => 'countif_',
    create: () => () => {
      let count = 0;
      return {
        add: ([predicate]) => {
          if (asBool(predicate) === true) count++;
        },
        result: () => count,
      };
    },
  }),
];
