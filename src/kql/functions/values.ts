/**
 * Conversions between the engine's value representation (../types.ts) and what a function
 * needs. They never throw: a value that cannot be converted becomes null, as in Kusto.
 */

export const MS_PER_SECOND = 1000;
export const MS_PER_MINUTE = 60 * MS_PER_SECOND;
export const MS_PER_HOUR = 60 * MS_PER_MINUTE;
export const MS_PER_DAY = 24 * MS_PER_HOUR;
/** One .NET tick (100 ns) in milliseconds: Kusto's datetime/timespan resolution. */
export const MS_PER_TICK = 1e-4;

export function isNull(value: unknown): value is null | undefined {
  return value === null || value === undefined;
}

/** A string argument: Kusto strings are never null, so missing becomes "". */
export function asString(value: unknown): string {
  if (typeof value === 'string') return value;
  if (isNull(value)) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Decimal number text only: JavaScript's Number() would also accept "0x12" and "0b101". */
const DECIMAL = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?\s*$/i;

/** A number (NaN becomes null); decimal text in a dynamic value counts, as Kusto's implicit cast does. */
export function asNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isNaN(value) ? null : value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string' && DECIMAL.test(value)) return Number(value.trim());
  return null;
}

export function asInteger(value: unknown): number | null {
  const n = asNumber(value);
  return n === null || !Number.isFinite(n) ? null : Math.trunc(n);
}

export function asBool(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isNaN(value) ? null : value !== 0;
  if (typeof value === 'string') {
    const text = value.trim().toLowerCase();
    if (text === 'true' || text === '1') return true;
    if (text === 'false' || text === '0') return false;
  }
  return null;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
