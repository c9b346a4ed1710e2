import { HuntError } from '../errors.ts';

// Characters that could end a literal or a statement, start a pipe or a comment, or break a line.
// Hunt parameter values are numbers, durations, words and IP lists: none of them needs these.
const FORBIDDEN = [
  { pattern: /[\r\n]/, what: 'a line break' },
  { pattern: /[\p{Cc}\p{Cf}]/u, what: 'a control character' },
  { pattern: /['"`]/, what: 'a quote' },
  { pattern: /\\/, what: 'a backslash' },
  { pattern: /;/, what: "';'" },
  { pattern: /\|/, what: "'|'" },
  { pattern: /\/\//, what: "'//'" },
  { pattern: /[{}()[\]]/, what: 'a bracket' },
] as const;

/**
 * Rejects values that look like an attempt to smuggle KQL into a hunt. Values are rendered as typed
 * literals anyway; this check exists so that the analyst gets a clear answer instead of a type error.
 */
export function assertPlainValue(name: string, value: string): void {
  for (const { pattern, what } of FORBIDDEN) {
    if (pattern.test(value)) {
      throw new HuntError(
        'huntops_hunt_parameter_invalid',
        `Parameter ${name}: the value contains ${what}, which is never allowed in a hunt parameter. ` +
          'Values are plain numbers (5), durations (15m), words or comma-separated IP addresses.',
      );
    }
  }
  if (value.length > 4096) {
    throw new HuntError(
      'huntops_hunt_parameter_invalid',
      `Parameter ${name}: the value is longer than 4096 characters.`,
    );
  }
}
