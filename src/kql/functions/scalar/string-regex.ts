import { constantOf, defineScalar } from '../define.ts';
import { compileRegex, toJsReplacement } from '../regex.ts';
import type { ArgumentInfo, ScalarFunction } from '../registry-types.ts';
import { asInteger, asString, isNull } from '../values.ts';
import { convertText, requestedType } from './typed-text.ts';

/** Compiles the regex argument once when it is a literal, per row otherwise. */
function regexGetter(arg: ArgumentInfo, flags = '') {
  const constant = constantOf(arg);
  if (typeof constant === 'string') {
    const compiled = compileRegex(constant, flags);
    return () => compiled;
  }
  return (value: unknown) => compileRegex(asString(value), flags);
}

/** Every match of the pattern in the text rewritten (`\1` groups allowed); '' when the pattern does not compile. */
function regexReplacer(patternArg: ArgumentInfo) {
  const regexOf = regexGetter(patternArg, 'g');
  return (text: unknown, pattern: unknown, rewrite: unknown) => {
    const regex = regexOf(pattern);
    return regex ? asString(text).replace(regex, toJsReplacement(asString(rewrite))) : '';
  };
}

function extractAll(regex: RegExp, text: string, groups: readonly number[] | null): unknown {
  const matches = [...text.matchAll(regex)];
  if (matches.length === 0) return null;
  const groupCount = matches[0].length - 1;
  const wanted = groups ?? (groupCount === 0 ? [0] : Array.from({ length: groupCount }, (_, i) => i + 1));
  return matches.map((match) =>
    wanted.length === 1 ? (match[wanted[0]] ?? '') : wanted.map((group) => match[group] ?? ''),
  );
}

/**
 * indexof_regex(text, regex, start, length, occurrence) (indexof-regex-function.md): where the
 * occurrence-th match (matches do not overlap) starts within text[start, start + length); -1
 * when there is none; null for a negative start or an occurrence below 1.
 */
function indexOfRegex(text: string, regex: RegExp, start: unknown, length: unknown, occurrence: unknown) {
  const from = isNull(start) ? 0 : asInteger(start);
  const span = isNull(length) ? -1 : asInteger(length);
  const nth = isNull(occurrence) ? 1 : asInteger(occurrence);
  if (from === null || span === null || nth === null || from < 0 || nth < 1) return null;
  const range = text.slice(from, span < 0 ? undefined : from + span);
  let seen = 0;
  for (const match of range.matchAll(regex)) if (++seen === nth) return from + (match.index ?? 0);
  return -1;
}

/** Strips leading and/or trailing runs of regex matches, as trim/trim_start/trim_end do. */
function trimmer(name: string, start: boolean, end: boolean): ScalarFunction {
  return defineScalar({
    name,
    params: ['string', 'string'],
    result: 'string',
    impl: (pattern, text) => {
      const source = asString(pattern);
      let result = asString(text);
      const leading = compileRegex(`^(?:${source})+`);
      const trailing = compileRegex(`(?:${source})+$`);
      if (!leading || !trailing) return '';
      if (start) result = result.replace(leading, '');
      if (end) result = result.replace(trailing, '');
      return result;
    },
  });
}

export const regexStringFunctions: readonly ScalarFunction[] = [
  defineScalar({
    name: 'extract',
    params: ['string', 'number', 'string'],
    optional: ['any'],
    result: (args) => requestedType(args[3]),
    compile: (args) => {
      const regexOf = regexGetter(args[0]);
      const type = requestedType(args[3]);
      return (pattern, group, text) => {
        const match = regexOf(pattern)?.exec(asString(text));
        const index = asInteger(group);
        if (!match || index === null || match[index] === undefined) return null;
        return convertText(match[index], type);
      };
    },
  }),
  defineScalar({
    name: 'extract_all',
    aliases: ['extractall'],
    params: ['string', ['string', 'dynamic']],
    optional: ['string'],
    result: 'dynamic',
    compile: (args) => {
      const regexOf = regexGetter(args[0], 'g');
      const withGroups = args.length === 3;
      return (pattern, groupsOrText, maybeText) => {
        const regex = regexOf(pattern);
        if (!regex) return null;
        const groups = withGroups && Array.isArray(groupsOrText) ? groupsOrText.map(Number) : null;
        return extractAll(regex, asString(withGroups ? maybeText : groupsOrText), groups);
      };
    },
  }),
  defineScalar({
    name: 'replace_regex',
    params: ['string', 'string', 'string'],
    result: 'string',
    compile: (args) => regexReplacer(args[1]),
  }),
  defineScalar({
    // Deprecated spelling with a different argument order: replace(regex, rewrite, text).
    name: 'replace',
    params: ['string', 'string', 'string'],
    result: 'string',
    compile: (args) => {
      const replace = regexReplacer(args[0]);
      return (pattern, rewrite, text) => replace(text, pattern, rewrite);
    },
  }),
  defineScalar({
    name: 'countof',
    params: ['string', 'string'],
    optional: ['string'],
    result: 'long',
    impl: (text, search, kind) => {
      const source = asString(text);
      const needle = asString(search);
      if (needle === '') return 0;
      if (asString(kind) === 'regex') {
        const regex = compileRegex(needle, 'g');
        return regex ? [...source.matchAll(regex)].length : null;
      }
      // Plain search counts overlapping occurrences ("aaa" has two "aa"), as Kusto documents.
      let count = 0;
      for (let at = source.indexOf(needle); at !== -1; at = source.indexOf(needle, at + 1)) count++;
      return count;
    },
  }),
  defineScalar({
    name: 'indexof_regex',
    params: ['string', 'string'],
    optional: ['number', 'number', 'number'],
    result: 'long',
    compile: (args) => {
      const regexOf = regexGetter(args[1], 'g');
      return (text, pattern, start, length, occurrence) => {
        const regex = regexOf(pattern);
        return regex ? indexOfRegex(asString(text), regex, start, length, occurrence) : null;
      };
    },
  }),
  defineScalar({
    // regex-quote-function.md: as RE2's QuoteMeta, every ASCII character but letters, digits and _ is escaped.
    name: 'regex_quote',
    params: ['string'],
    result: 'string',
    impl: (text) => asString(text).replace(/[^\w\u0080-\uffff]/g, '\\$&'),
  }),
  trimmer('trim', true, true),
  trimmer('trim_start', true, false),
  trimmer('trim_end', false, true),
];
