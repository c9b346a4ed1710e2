import { utcInstant } from '../functions/datetime-text.ts';
import { MS_PER_DAY } from '../functions/values.ts';
import { KqlLoadError } from './errors.ts';

/**
 * Datetime text as it appears in exported logs, to epoch milliseconds (UTC):
 * ISO 8601 (`2021-04-28T14:08:45.2213421+00:00`, Kusto's `2024-01-01 10:00:00`), the Sentinel
 * portal's US-locale CSV text (`4/28/2021, 2:08:45.221 PM`, always UTC) and Excel serial days
 * (`45804.23612`, 1900 date system). Anything else is rejected rather than guessed: a silently
 * wrong timestamp would make a hunt's time window miss the rows.
 */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const US_LOCALE = /^(\d{1,2})\/(\d{1,2})\/(\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?\s*(AM|PM)?$/i;
const EXCEL_SERIAL = /^\d{1,6}(?:\.\d+)?$/;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
/** Serial days beyond this (year 2173) are not plausible spreadsheet dates. */
const MAX_EXCEL_SERIAL = 100_000;

/** `2024-10-18T09:29:21.125Z`: what JSON exports write; V8's own parser reads it exactly and fast. */
const CANONICAL_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;

export function parseDatetimeText(text: string): number | null {
  // Date.parse rolls Feb 30 over into March, so days past 28 take the strict path below.
  if (text.length <= 24 && CANONICAL_ISO.test(text) && Number(text.slice(8, 10)) <= 28) {
    const ms = Date.parse(text);
    if (!Number.isNaN(ms)) return ms;
  }
  const trimmed = text.trim();
  const iso = ISO.exec(trimmed);
  if (iso) {
    const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '', zone] = iso;
    // Digits past the seventh are below Kusto's 100 ns tick.
    return utcInstant([+y, +mo, +d], [+h, +mi, +s], fraction.slice(0, 7), zone);
  }
  const us = US_LOCALE.exec(trimmed);
  if (us) {
    const [, mo, d, y, h, mi, s = '0', fraction = '', meridiem] = us;
    return utcInstant([+y, +mo, +d], [to24Hour(+h, meridiem), +mi, +s], fraction, undefined);
  }
  if (EXCEL_SERIAL.test(trimmed)) return excelSerialToMs(Number(trimmed));
  return null;
}

export function excelSerialToMs(serial: number): number | null {
  if (!Number.isFinite(serial) || serial < 0 || serial > MAX_EXCEL_SERIAL) return null;
  // Round to whole milliseconds: serials carry ~5 decimals, so float noise would show as ticks.
  return Math.round(EXCEL_EPOCH_MS + serial * MS_PER_DAY);
}

/** A datetime value or a coded error naming where it came from. */
export function requireDatetime(text: string, where: { file: string; line?: number; column: string }): number {
  const ms = parseDatetimeText(text);
  if (ms !== null) return ms;
  throw new KqlLoadError('KQLL005', `cannot read "${text.slice(0, 60)}" as a datetime`, {
    ...where,
    hint: 'Use ISO 8601 (2024-10-18T09:29:21Z), the portal form "10/18/2024, 9:29:21.125 AM" (UTC) or an Excel serial date.',
  });
}

function to24Hour(hour: number, meridiem: string | undefined): number {
  if (meridiem === undefined) return hour;
  const pm = meridiem.toUpperCase() === 'PM';
  return (hour % 12) + (pm ? 12 : 0);
}
