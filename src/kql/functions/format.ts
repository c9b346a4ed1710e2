import type { KqlType } from '../types.ts';
import { formatDatetime, formatTimespan } from './time-values.ts';
import { isNull } from './values.ts';

/**
 * `tostring()` of a value of a known type, as Kusto prints it: datetimes with 7 fraction digits
 * (`2017-10-15T12:00:00.0000000Z`, as reverse-function.md and hash-md5-function.md show),
 * timespans `1.02:03:04`, dynamic strings unquoted and other dynamic values as compact JSON,
 * and null of any type as "".
 */
export function formatValue(value: unknown, type: KqlType): string {
  if (isNull(value)) return '';
  if (type === 'datetime' && typeof value === 'number') return formatDatetime(value, { alwaysFraction: true });
  if (type === 'timespan' && typeof value === 'number') return formatTimespan(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return type === 'real' || type === 'decimal' ? formatReal(value) : formatNumber(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return JSON.stringify(value);
}

function formatNumber(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Number.POSITIVE_INFINITY) return 'Infinity';
  if (value === Number.NEGATIVE_INFINITY) return '-Infinity';
  return String(value);
}

/**
 * Reals print as .NET does: shortest round-trip digits, switching to exponent notation
 * (`1E+15`, `1E-05`) for magnitudes from 1e15 and below 1e-4, where JavaScript would
 * still write plain digits.
 */
function formatReal(value: number): string {
  const magnitude = Math.abs(value);
  if (!Number.isFinite(value) || magnitude === 0 || (magnitude < 1e15 && magnitude >= 1e-4)) {
    return formatNumber(value);
  }
  const [mantissa, exponent] = value.toExponential().split('e');
  const sign = exponent.startsWith('-') ? '-' : '+';
  return `${mantissa}E${sign}${exponent.replace(/^[+-]/, '').padStart(2, '0')}`;
}
