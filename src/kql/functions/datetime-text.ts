import { withTicks } from './ticks.ts';
import { MS_PER_HOUR, MS_PER_MINUTE } from './values.ts';

/**
 * Datetime text as `datetime(...)` literals and `todatetime()` read it (one grammar, so the two agree:
 * todatetime-function.md compares `todatetime('12-02-2022') == datetime('12-02-2022')`). The forms are those of
 * scalar-data-types/datetime.md (ISO 8601, RFC 822, RFC 850, sortable with a zone name) and the numeric dates .NET's
 * invariant culture reads, which the pages also use: `2025, 6, 14` and `2017 - 08 - 01` (year first) and
 * `12-02-2022` (month first, as in the US). No zone means UTC, as in Kusto.
 */

/** ISO 8601 and Kusto's `yyyy-MM-dd HH:mm:ss.fffffff`: the common case, matched first. */
const ISO_DATETIME =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

const FIELD = String.raw`(\d{1,4}|[a-z]{3,9})`;
const SEPARATOR = String.raw`\s*[-/.,\s]\s*`;
/** [weekday,] date fields [T|space time [AM|PM]] [zone], with the date's three fields in any documented order. */
const LENIENT_DATETIME = new RegExp(
  String.raw`^(?:(?:sun|mon|tue|wed|thu|fri|sat)[a-z]*,?\s+)?` +
    `${FIELD}${SEPARATOR}${FIELD}${SEPARATOR}${FIELD}` +
    String.raw`(?:(?:T|,?\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?(?:\s*(AM|PM))?)?` +
    String.raw`\s*(Z|GMT|UTC|[+-]\d{2}:?\d{2})?$`,
  'i',
);
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Parses datetime text to epoch milliseconds; null when it is not a datetime Kusto reads. */
export function parseDatetime(text: string): number | null {
  const trimmed = text.trim();
  const iso = ISO_DATETIME.exec(trimmed);
  if (iso) {
    const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '', zone] = iso;
    return utcInstant([Number(y), Number(mo), Number(d)], [Number(h), Number(mi), Number(s)], fraction, zone);
  }
  const lenient = LENIENT_DATETIME.exec(trimmed);
  if (!lenient) return null;
  const [, first, second, third, h = '0', mi = '0', s = '0', fraction = '', meridiem, zone] = lenient;
  const date = dateFields(first, second, third);
  const hour = twelveHourClock(Number(h), meridiem);
  return date && hour !== null ? utcInstant(date, [hour, Number(mi), Number(s)], fraction, zone) : null;
}

/** [year, month, day] from three fields: a month name fixes the order; numbers are y-M-d with a 4-digit year first, else M-d-y. */
function dateFields(...fields: string[]): [number, number, number] | null {
  const named = fields.findIndex((field) => /^[a-z]/i.test(field));
  if (named >= 0) {
    const month = monthNumber(fields[named]);
    const [a, b] = fields.filter((_, index) => index !== named);
    if (month === null || b === undefined || /^[a-z]/i.test(a) || /^[a-z]/i.test(b)) return null;
    // `8 Nov 14` and `Nov 8 2014` put the day before the year; `2014 Nov 8` puts a 4-digit year first.
    return named === 1 && a.length === 4 ? [year(a), month, Number(b)] : [year(b), month, Number(a)];
  }
  const [a, b, c] = fields;
  if (a.length === 4) return [Number(a), Number(b), Number(c)];
  return c.length === 4 || c.length === 2 ? [year(c), Number(a), Number(b)] : null;
}

function monthNumber(name: string): number | null {
  const lower = name.toLowerCase();
  const index = MONTHS.indexOf(lower.slice(0, 3));
  return index >= 0 && (lower.length === 3 || MONTH_NAMES[index] === lower) ? index + 1 : null;
}

/** RFC 822's two-digit years: 00–49 are 20xx, 50–99 are 19xx (RFC 2822 section 4.3). */
function year(text: string): number {
  const value = Number(text);
  if (text.length !== 2) return value;
  return value < 50 ? 2000 + value : 1900 + value;
}

function twelveHourClock(hour: number, meridiem: string | undefined): number | null {
  if (meridiem === undefined) return hour;
  if (hour < 1 || hour > 12) return null;
  return (hour % 12) + (meridiem.toUpperCase() === 'PM' ? 12 : 0);
}

/**
 * The instant of calendar fields read from text, or null when they name no date (Feb 30, hour 24). `fraction` is
 * the digits after the second's point, kept to the tick; `zone` is Z, GMT, UTC or ±hh[:]mm (none is UTC). The data
 * loader composes file timestamps with it too, so a value read from a file equals the same literal in a query.
 */
export function utcInstant(
  [y, month, day]: readonly number[],
  [hour, minute, second]: readonly number[],
  fraction: string,
  zone: string | undefined,
): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null;
  const date = new Date(Date.UTC(2000, 0, 1, hour, minute, second));
  // setUTCFullYear, unlike Date.UTC, keeps years 0–99 (`datetime(0001-01-01)`) as written.
  const utc = date.setUTCFullYear(y, month - 1, day);
  if (date.getUTCDate() !== day) return null;
  const ticks = fraction === '' ? 0 : Number(fraction.padEnd(7, '0'));
  return withTicks(utc - zoneOffsetMs(zone), ticks);
}

function zoneOffsetMs(zone: string | undefined): number {
  if (!zone || /^(?:Z|GMT|UTC)$/i.test(zone)) return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * MS_PER_HOUR + Number(digits.slice(2)) * MS_PER_MINUTE);
}
