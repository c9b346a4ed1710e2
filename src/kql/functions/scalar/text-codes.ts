import { defineScalar } from '../define.ts';
import type { ScalarFunction } from '../registry-types.ts';
import { asInteger, asString, isNull } from '../values.ts';

/**
 * translate(searchList, replacementList, source): each character of searchList becomes the character
 * at the same position of replacementList, or its last character when the list is shorter; an empty
 * replacementList deletes them (translate-function.md).
 */
function translate(search: unknown, replacement: unknown, source: unknown): string {
  const from = [...asString(search)];
  const to = [...asString(replacement)];
  const map = new Map(from.map((ch, i) => [ch, to.length === 0 ? '' : to[Math.min(i, to.length - 1)]]));
  return [...asString(source)].map((ch) => map.get(ch) ?? ch).join('');
}

/** Codepoints from numbers and (nested) arrays of numbers; null when one is not a valid codepoint. */
function fromCodepoints(...values: unknown[]): string | null {
  const points = values.flat(2);
  let text = '';
  for (const point of points) {
    const code = isNull(point) ? null : asInteger(point);
    if (code === null || code < 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
    text += String.fromCodePoint(code);
  }
  return text;
}

export const textCodeFunctions: readonly ScalarFunction[] = [
  defineScalar({ name: 'translate', params: ['string', 'string', 'string'], result: 'string', impl: translate }),
  defineScalar({
    name: 'unicode_codepoints_from_string',
    params: ['string'],
    result: 'dynamic',
    impl: (value) => Array.from(asString(value), (ch) => ch.codePointAt(0) ?? 0),
  }),
  defineScalar({
    name: 'unicode_codepoints_to_string',
    aliases: ['make_string'],
    params: [['number', 'dynamic']],
    rest: ['number', 'dynamic'],
    result: 'string',
    impl: fromCodepoints,
  }),
];
