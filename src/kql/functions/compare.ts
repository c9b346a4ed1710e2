/**
 * Value ordering and equality shared by aggregates (min/max/arg_max), set functions and the
 * engine. Nulls sort before everything; numbers (also datetimes and timespans) numerically;
 * strings ordinally (Kusto compares strings by code unit, not locale); booleans false < true;
 * other dynamic values by their JSON text.
 */
export function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  const aNull = a === null || a === undefined;
  const bNull = b === null || b === undefined;
  if (aNull || bNull) return aNull ? (bNull ? 0 : -1) : 1;
  if (typeof a === 'number' && typeof b === 'number') {
    if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) ? (Number.isNaN(b) ? 0 : -1) : 1;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  if (typeof a === 'boolean' && typeof b === 'boolean') return a ? 1 : -1;
  const left = typeof a === 'string' ? a : JSON.stringify(a);
  const right = typeof b === 'string' ? b : JSON.stringify(b);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Kusto `==` on values of one type, deep for dynamic arrays and bags. */
export function kustoEquals(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  const bRecord = b as Record<string, unknown>;
  if (aKeys.length !== Object.keys(b).length) return false;
  return aKeys.every((key) => key in bRecord && kustoEquals((a as Record<string, unknown>)[key], bRecord[key]));
}

/** A key under which equal values collide, for sets and distinct counts (1 and "1" stay apart). */
export function valueKey(value: unknown): string {
  if (typeof value === 'string') return `s${value}`;
  if (value === undefined) return 'null';
  return `j${JSON.stringify(value)}`;
}
