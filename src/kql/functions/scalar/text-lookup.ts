import { defineScalar } from '../define.ts';
import type { ScalarFunction } from '../registry-types.ts';
import { hasTerm } from '../terms.ts';
import { asString } from '../values.ts';

/**
 * has_any_index (has-any-index-function.md): the index of the first lookup the text `has` (whole
 * terms, case-insensitive), -1 when none does; lookups that are not strings match as their text.
 * isascii (isascii.md): whether every character is ASCII.
 */
function hasAnyIndex(text: unknown, lookups: unknown): number | null {
  if (!Array.isArray(lookups)) return null;
  const source = asString(text);
  return lookups.findIndex((lookup) => hasTerm(source, asString(lookup)));
}

export const textLookupFunctions: readonly ScalarFunction[] = [
  defineScalar({ name: 'has_any_index', params: ['string', 'dynamic'], result: 'long', impl: hasAnyIndex }),
  defineScalar({
    name: 'isascii',
    params: ['string'],
    result: 'bool',
    impl: (text) => !/[\u0080-\uffff]/.test(asString(text)),
  }),
];
