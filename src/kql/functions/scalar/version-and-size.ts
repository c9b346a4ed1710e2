import { defineScalar } from '../define.ts';
import type { ScalarFunction } from '../registry-types.ts';
import { asInteger, asNumber, asString, isNull } from '../values.ts';
import { roundHalfAwayFromZero } from './math.ts';

/**
 * parse_version (parse-version-function.md): one to four dot-separated parts of at most 8 digits
 * become one comparable decimal, each part 8 digits wide and the missing ones 0 at the end
 * ("1.2" is 1.2.0.0); anything else is null. Beyond 2^53 the number keeps its order only
 * approximately, as the engine holds decimals as doubles.
 */
const VERSION = /^\s*\d{1,8}(?:\.\d{1,8}){0,3}\s*$/;

function parseVersion(value: unknown): number | null {
  const text = asString(value);
  if (!VERSION.test(text)) return null;
  const parts = text.trim().split('.').map(Number);
  return [0, 1, 2, 3].reduce((total, index) => total * 1e8 + (parts[index] ?? 0), 0);
}

/**
 * format_bytes(size, precision = 0, units = best fit, base = 1024) (format-bytes-function.md):
 * "564 Bytes", "10.1 KB", "19.08 MB"; base 10 divides by 1000 instead.
 */
const UNITS = ['Bytes', 'KB', 'MB', 'GB', 'TB', 'PB', 'EB'];

function formatBytes(size: unknown, precision: unknown, units: unknown, base: unknown): string {
  const bytes = asNumber(size);
  if (bytes === null) return '';
  const digits = isNull(precision) ? 0 : (asInteger(precision) ?? 0);
  const step = asInteger(base) === 10 ? 1000 : 1024;
  const requested = UNITS.findIndex((unit) => unit.toLowerCase() === asString(units).trim().toLowerCase());
  let unit = requested;
  if (unit < 0) {
    unit = 0;
    while (unit < UNITS.length - 1 && Math.abs(bytes) >= step ** (unit + 1)) unit++;
  }
  return `${roundHalfAwayFromZero(bytes / step ** unit, Math.max(0, digits))} ${UNITS[unit]}`;
}

export const versionAndSizeFunctions: readonly ScalarFunction[] = [
  defineScalar({ name: 'parse_version', params: ['string'], result: 'decimal', impl: parseVersion }),
  defineScalar({
    name: 'format_bytes',
    params: ['number'],
    optional: ['number', 'string', 'number'],
    result: 'string',
    impl: formatBytes,
  }),
];
