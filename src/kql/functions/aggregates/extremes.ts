import { compareValues } from '../compare.ts';
import type { Accumulator, ArgumentInfo } from '../registry-types.ts';
import { asBool } from '../values.ts';
import { defineAggregate, isMissing } from './define.ts';

/** min/max (and their -if forms): nulls are ignored; a group with only nulls yields null. */
function extreme(sign: 1 | -1, predicateIndex: number | null) {
  return () => (): Accumulator => {
    let best: unknown = null;
    return {
      add: (values) => {
        if (predicateIndex !== null && asBool(values[predicateIndex]) !== true) return;
        const value = values[0];
        if (isMissing(value)) return;
        if (best === null || sign * compareValues(value, best) > 0) best = value;
      },
      result: () => best,
    };
  };
}

/**
 * arg_max/arg_min: tracks the winning `by` value and a copy of the other arguments from that
 * row (ties keep the first row); result() is the dynamic tuple `[by, ...returned]`. The engine implements the
 * operator natively (to expand `*`); this accumulator serves other callers and the registry
 * entry gives the binder the name, arity and type.
 */
function argExtreme(sign: 1 | -1) {
  return () => (): Accumulator => {
    let best: unknown[] | null = null;
    return {
      add: (values) => {
        if (isMissing(values[0])) return;
        if (best === null || sign * compareValues(values[0], best[0]) > 0) best = [...values];
      },
      result: () => best,
    };
  };
}

const sameType = (args: readonly ArgumentInfo[]) => args[0].type;

export const extremeAggregates = [
  defineAggregate({ name: 'max', params: ['any'], result: sameType, create: extreme(1, null) }),
  defineAggregate({ name: 'min', params: ['any'], result: sameType, create: extreme(-1, null) }),
  defineAggregate({ name: 'maxif', params: ['any', 'bool'], result: sameType, create: extreme(1, 1) }),
  defineAggregate({ name: 'minif', params: ['any', 'bool'], result: sameType, create: extreme(-1, 1) }),
  defineAggregate({
    name: 'arg_max',
    aliases: ['argmax'],
    params: ['any'],
    rest: 'any',
    result: 'dynamic',
    defaultName: (names) => names[0] ?? 'max_',
    create: argExtreme(1),
  }),
  defineAggregate({
    name: 'arg_min',
    aliases: ['argmin'],
    params: ['any'],
    rest: 'any',
    result: 'dynamic',
    defaultName: (names) => names[0] ?? 'min_',
    create: argExtreme(-1),
  }),
];
