import type { Accumulator, ArgumentInfo } from '../registry-types.ts';
import { asBool } from '../values.ts';
import { defineAggregate } from './define.ts';

/**
 * take_any: Kusto picks an arbitrary value; this keeps the first non-null, non-empty one
 * (falling back to the first seen) so results are deterministic and useful.
 */
function firstValue(predicateIndex: number | null) {
  return () => (): Accumulator => {
    let chosen: unknown;
    let settled = false;
    return {
      add: (values) => {
        if (settled) return;
        if (predicateIndex !== null && asBool(values[predicateIndex]) !== true) return;
        const value = values[0];
        if (chosen === undefined) chosen = value;
        if (value !== null && value !== undefined && value !== '') {
          chosen = value;
          settled = true;
        }
      },
      result: () => chosen ?? null,
    };
  };
}

const sameType = (args: readonly ArgumentInfo[]) => args[0].type;

/**
 * take_any(x) keeps the argument's name (`x`); the deprecated any(x) is named `any_x`, so the
 * spellings are separate definitions rather than aliases.
 */
export const takeAnyAggregates = [
  defineAggregate({
    name: 'take_any',
    params: ['any'],
    result: sameType,
    defaultName: (names) => names[0] ?? 'any_',
    create: firstValue(null),
  }),
  defineAggregate({ name: 'any', params: ['any'], result: sameType, create: firstValue(null) }),
  defineAggregate({
    name: 'take_anyif',
    params: ['any', 'bool'],
    result: sameType,
    defaultName: (names) => names[0] ?? 'anyif_',
    create: firstValue(1),
  }),
  defineAggregate({ name: 'anyif', params: ['any', 'bool'], result: sameType, create: firstValue(1) }),
];
