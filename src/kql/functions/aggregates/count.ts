import { asBool } from '../values.ts';
import { defineAggregate } from './define.ts';

export const countAggregates = [
  defineAggregate({
    // count(x) counts the group's rows as count() does, named count_x (summarize-operator.md).
    name: 'count',
    optional: ['any'],
    result: 'long',
    defaultName: (names) => `count_${names[0] ?? ''}`,
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
