/**
 * Orders two non-null values of the same KQL type: numbers numerically, strings ordinally
 * (UTF-16 code units, like Kusto's ordinal comparison), booleans false < true, anything else by
 * its JSON text so that dynamic values still sort deterministically.
 */
export function compareValues(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return a === b ? 0 : a ? 1 : -1;
  const left = JSON.stringify(a) ?? '';
  const right = JSON.stringify(b) ?? '';
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Null for ordering purposes (strings are never null). */
export function isNullValue(value: unknown): boolean {
  return value === null || value === undefined;
}
