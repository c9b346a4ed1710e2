import { formatValue } from '../functions/format.ts';
import type { KqlType } from '../types.ts';

const NUMBERS: ReadonlySet<KqlType> = new Set(['int', 'long', 'real', 'decimal']);
const INT32 = { min: -(2 ** 31), max: 2 ** 31 - 1 };
/** A long's bounds as a double can hold them: 2^63 itself is already out of range. */
const INT64 = { min: -(2 ** 63), end: 2 ** 63 };

/**
 * A literal as the type declared for it holds it (a `datatable` column, a `declare query_parameters` default), or
 * undefined when it does not fit. A datatable's schema is its declared columns (datatable-operator.md), and Kusto converts a number written in a string column to its text:
 * Azure-Sentinel's OracleDatabaseAuditEvent parser lists `datatable(ACTION:string, …) [1, 'CREATE TABLE', …]` and
 * looks its string ACTION field up in it. Numbers convert between numeric types when no digit is lost (`1` in a
 * real column, `2.0` in a long one, not `1.5` in an int nor `1e20` in a long); a string is not read as a number, nor a number as a
 * datetime, timespan or bool. Any value fits a dynamic column, a string a guid one.
 */
export function valueAsDeclared(value: unknown, from: KqlType, to: KqlType): { readonly value: unknown } | undefined {
  if (value === null || from === to || to === 'dynamic') return { value };
  if (to === 'guid' && from === 'string') return { value };
  if (!NUMBERS.has(from) || typeof value !== 'number') return undefined;
  if (to === 'string') return { value: formatValue(value, from) };
  if (!NUMBERS.has(to)) return undefined;
  if ((to === 'int' || to === 'long') && !Number.isInteger(value)) return undefined;
  if (to === 'int' && (value < INT32.min || value > INT32.max)) return undefined;
  if (to === 'long' && (value < INT64.min || value >= INT64.end)) return undefined;
  return { value };
}
