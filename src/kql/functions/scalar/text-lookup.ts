import { defineScalar } from '../define.ts';
import type { ScalarFunction } from '../registry-types.ts';
import { hasTerm } from '../terms.ts';
import { asString } from '../values.ts';

/**
 * has_any_index (has-any-index-function.md): the index of the first lookup the text `has` (whole
 * terms, case-insensitive), -1 when none does; lookups that are not strings match as their text.
 * isascii (isascii.md): whether every character is ASCII. replace_strings: below.
 */
function hasAnyIndex(text: unknown, lookups: unknown): number | null {
  if (!Array.isArray(lookups)) return null;
  const source = asString(text);
  return lookups.findIndex((lookup) => hasTerm(source, asString(lookup)));
}

/**
 * replace_strings(text, lookups, rewrites) (replace-strings-function.md): one pass over the text;
 * where several lookups match at a position the first listed wins, and replaced text is never
 * searched again. A lookup without a rewrite deletes its matches.
 */
function replaceStrings(text: unknown, lookups: unknown, rewrites: unknown): string | null {
  if (!Array.isArray(lookups) || !Array.isArray(rewrites)) return null;
  const source = asString(text);
  const pairs = lookups
    .map((lookup, index) => ({ lookup: asString(lookup), rewrite: asString(rewrites[index]) }))
    .filter((pair) => pair.lookup !== '');
  let result = '';
  let at = 0;
  while (at < source.length) {
    const pair = pairs.find(({ lookup }) => source.startsWith(lookup, at));
    if (pair) {
      result += pair.rewrite;
      at += pair.lookup.length;
    } else {
      result += source[at++];
    }
  }
  return result;
}

export const textLookupFunctions: readonly ScalarFunction[] = [
  defineScalar({
    name: 'replace_strings',
    params: ['string', 'dynamic', 'dynamic'],
    result: 'string',
    impl: replaceStrings,
  }),
  defineScalar({ name: 'has_any_index', params: ['string', 'dynamic'], result: 'long', impl: hasAnyIndex }),
  defineScalar({
    // isutf8 (isutf8.md): text that UTF-8 can carry, so no unpaired surrogate.
    name: 'isutf8',
    params: ['string'],
    result: 'bool',
    impl: (text) => !/\p{Cs}/u.test(asString(text)),
  }),
  defineScalar({
    name: 'isascii',
    params: ['string'],
    result: 'bool',
    impl: (text) => !/[\u0080-\uffff]/.test(asString(text)),
  }),
];
