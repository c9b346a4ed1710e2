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
 * replace_strings(text, lookups, rewrites) (replace-strings-function.md): matches never overlap and the
 * earlier lookup takes precedence, so each lookup in turn claims its non-overlapping occurrences in the
 * text not yet claimed (['is', 'This'] turns "This" into "Thwas"). Replaced text is never searched
 * again. A lookup that is not a string (or is empty) is ignored; a rewrite that is not a string keeps
 * the matched text, the match still blocking later lookups; a lookup without a rewrite deletes its matches.
 */
function replaceStrings(text: unknown, lookups: unknown, rewrites: unknown): string | null {
  if (!Array.isArray(lookups) || !Array.isArray(rewrites)) return null;
  const source = asString(text);
  const claimed = new Uint8Array(source.length);
  const matches: { start: number; end: number; rewrite: string }[] = [];
  lookups.forEach((lookup, index) => {
    if (typeof lookup !== 'string' || lookup === '') return;
    const rewrite = rewrites[index];
    for (let at = source.indexOf(lookup); at >= 0; ) {
      const end = at + lookup.length;
      if (claimed.subarray(at, end).includes(1)) {
        at = source.indexOf(lookup, at + 1);
        continue;
      }
      claimed.fill(1, at, end);
      matches.push({
        start: at,
        end,
        rewrite: typeof rewrite === 'string' || rewrite === undefined ? asString(rewrite) : lookup,
      });
      at = source.indexOf(lookup, end);
    }
  });
  matches.sort((a, b) => a.start - b.start);
  let result = '';
  let at = 0;
  for (const match of matches) {
    result += source.slice(at, match.start) + match.rewrite;
    at = match.end;
  }
  return result + source.slice(at);
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
