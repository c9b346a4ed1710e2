import { compareValues } from '../compare.ts';
import { defineScalar } from '../define.ts';
import { formatValue } from '../format.ts';
import type { ScalarFunction } from '../registry-types.ts';
import { asInteger, asString, isNull } from '../values.ts';

function indexOf(source: unknown, lookup: unknown, start?: unknown, length?: unknown, occurrence?: unknown) {
  const text = asString(source);
  const needle = asString(lookup);
  const given = isNull(start) ? 0 : asInteger(start);
  const span = isNull(length) ? -1 : asInteger(length);
  const nth = isNull(occurrence) ? 1 : asInteger(occurrence);
  // A negative start counts from the end (indexof-function.md).
  const from = given !== null && given < 0 ? Math.max(0, text.length + given) : given;
  if (from === null || span === null || nth === null || from > text.length || nth < 1) return null;
  const end = span < 0 ? text.length : Math.min(text.length, from + span);
  let at = from - 1;
  for (let seen = 0; seen < nth; seen++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1 || at + needle.length > end) return -1;
  }
  return at;
}

function substring(source: unknown, start: unknown, length?: unknown): string {
  const text = asString(source);
  const index = asInteger(start) ?? 0;
  // A negative start counts from the end of the string.
  const from = index < 0 ? Math.max(0, text.length + index) : index;
  if (isNull(length)) return text.slice(from);
  const span = asInteger(length);
  return span === null || span < 0 ? '' : text.slice(from, from + span);
}

function split(source: unknown, delimiter: unknown, index?: unknown): string[] | null {
  const text = asString(source);
  const separator = asString(delimiter);
  const parts = separator === '' ? [text] : text.split(separator);
  if (isNull(index)) return parts;
  const at = asInteger(index);
  if (at === null) return null;
  return at >= 0 && at < parts.length ? [parts[at]] : [];
}

/** Padding limit for tohex(): wide enough for any use, small enough that bad data cannot exhaust memory. */
const MAX_HEX_WIDTH = 1024;

export const stringFunctions: readonly ScalarFunction[] = [
  defineScalar({
    name: 'strcat',
    params: ['any'],
    rest: 'any',
    result: 'string',
    compile:
      (args) =>
      (...values) =>
        values.map((value, index) => formatValue(value, args[index].type)).join(''),
  }),
  defineScalar({
    name: 'strcat_delim',
    params: ['string', 'any', 'any'],
    rest: 'any',
    result: 'string',
    compile:
      (args) =>
      (delimiter, ...values) =>
        values.map((value, index) => formatValue(value, args[index + 1].type)).join(asString(delimiter)),
  }),
  defineScalar({
    name: 'strcat_array',
    aliases: ['array_strcat'],
    params: ['dynamic', 'string'],
    result: 'string',
    impl: (array, delimiter) =>
      Array.isArray(array) ? array.map((item) => formatValue(item, 'dynamic')).join(asString(delimiter)) : '',
  }),
  defineScalar({ name: 'strlen', params: ['string'], result: 'long', impl: (v) => [...asString(v)].length }),
  defineScalar({ name: 'tolower', params: ['string'], result: 'string', impl: (v) => asString(v).toLowerCase() }),
  defineScalar({ name: 'toupper', params: ['string'], result: 'string', impl: (v) => asString(v).toUpperCase() }),
  defineScalar({
    name: 'substring',
    params: ['string', 'number'],
    optional: ['number'],
    result: 'string',
    impl: substring,
  }),
  defineScalar({ name: 'split', params: ['string', 'string'], optional: ['number'], result: 'dynamic', impl: split }),
  defineScalar({
    // Numbers, datetimes … are searched as their text: indexof(1234567, 5) is 4 (indexof-function.md).
    name: 'indexof',
    params: ['any', 'any'],
    optional: ['number', 'number', 'number'],
    result: 'long',
    compile:
      ([source, lookup]) =>
      (text, needle, start, length, occurrence) =>
        indexOf(formatValue(text, source.type), formatValue(needle, lookup.type), start, length, occurrence),
  }),
  defineScalar({
    name: 'replace_string',
    params: ['string', 'string', 'string'],
    result: 'string',
    impl: (text, lookup, rewrite) => {
      const needle = asString(lookup);
      return needle === '' ? asString(text) : asString(text).split(needle).join(asString(rewrite));
    },
  }),
  defineScalar({
    name: 'reverse',
    params: ['any'],
    result: 'string',
    compile:
      ([arg]) =>
      (v) =>
        [...formatValue(v, arg.type)].reverse().join(''),
  }),
  defineScalar({
    name: 'strcmp',
    params: ['string', 'string'],
    result: 'int',
    impl: (a, b) => Math.sign(compareValues(asString(a), asString(b))),
  }),
  defineScalar({
    name: 'string_size',
    params: ['string'],
    result: 'long',
    impl: (v) => Buffer.byteLength(asString(v), 'utf8'),
  }),
  defineScalar({
    name: 'tohex',
    params: ['number'],
    optional: ['number'],
    result: 'string',
    impl: (value, minLength) => {
      const n = asInteger(value);
      if (n === null) return '';
      // Negative values print as their 64-bit two's complement, as .NET does.
      const hex = BigInt.asUintN(64, BigInt(n)).toString(16);
      // A 64-bit value has at most 16 digits; a larger minimum only pads, so cap it sanely.
      return hex.padStart(Math.min(asInteger(minLength) ?? 0, MAX_HEX_WIDTH), '0');
    },
  }),
  defineScalar({
    // strrep(123, 3, '.') and strrep(3s, 2) repeat the value's text (strrep-function.md).
    name: 'strrep',
    params: ['any', 'number'],
    optional: ['string'],
    result: 'string',
    compile:
      ([arg]) =>
      (value, multiplier, delimiter) => {
        const times = asInteger(multiplier);
        if (times === null || times < 1) return '';
        const text = formatValue(value, arg.type);
        return Array.from({ length: Math.min(times, 1024) }, () => text).join(asString(delimiter));
      },
  }),
];
