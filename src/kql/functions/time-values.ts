import { asNumber, MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, MS_PER_SECOND, MS_PER_TICK } from './values.ts';

/** ISO 8601 and Kusto's `yyyy-MM-dd HH:mm:ss.fffffff` form; no zone means UTC, as in Kusto. */
const ISO_DATETIME =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const TEXTUAL_DATE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b.*\d{4}|^\d{1,2}\/\d{1,2}\/\d{4}\b/i;
const EXPLICIT_ZONE = /(?:Z|GMT|UTC|[+-]\d{2}:?\d{2})$/i;

/** Parses datetime text the way `todatetime()` does; null when it is not a date. */
export function parseDatetime(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const iso = ISO_DATETIME.exec(trimmed);
  if (iso) return fromIsoParts(iso);
  // RFC 822/1123 (month names) and US `M/d/yyyy` forms go to the JS parser, pinned to UTC when
  // no zone is given; anything else (a bare "1", "user 2") would be read as a date by it.
  if (!TEXTUAL_DATE.test(trimmed)) return null;
  const parsed = Date.parse(EXPLICIT_ZONE.test(trimmed) ? trimmed : `${trimmed} UTC`);
  return Number.isNaN(parsed) ? null : parsed;
}

function fromIsoParts(parts: RegExpExecArray): number | null {
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '', zone] = parts;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31 || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) {
    return null;
  }
  const utc = Date.UTC(Number(y), month - 1, day, Number(h), Number(mi), Number(s));
  if (new Date(utc).getUTCDate() !== day) return null;
  const fractionMs = fraction === '' ? 0 : Number(`0.${fraction}`) * MS_PER_SECOND;
  return utc + fractionMs - zoneOffsetMs(zone);
}

function zoneOffsetMs(zone: string | undefined): number {
  if (!zone || zone.toUpperCase() === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * MS_PER_HOUR + Number(digits.slice(2)) * MS_PER_MINUTE);
}

/** The largest instant a JavaScript Date holds (±100,000,000 days around 1970). */
const MAX_DATE_MS = 8.64e15;

/** Kusto's datetime text: `2024-01-01T00:00:00Z`, with 7 fraction digits only when there is a fraction. */
export function formatDatetime(ms: number): string {
  if (!Number.isFinite(ms) || Math.abs(ms) > MAX_DATE_MS) return '';
  const iso = new Date(Math.floor(ms)).toISOString();
  const ticks = Math.round((ms - Math.floor(ms / MS_PER_SECOND) * MS_PER_SECOND) / MS_PER_TICK);
  const base = iso.slice(0, 19);
  return ticks === 0 ? `${base}Z` : `${base}.${String(ticks).padStart(7, '0')}Z`;
}

const TIMESPAN_TEXT = /^(-)?(?:(\d+)\.)?(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.(\d{1,7}))?)?$/;
const TIMESPAN_LITERAL = /^(-)?(\d+(?:\.\d+)?)\s*(d|h|m|s|ms|microsecond|tick|days?|hours?|minutes?|seconds?)$/i;
const UNIT_MS: Record<string, number> = {
  d: MS_PER_DAY,
  day: MS_PER_DAY,
  days: MS_PER_DAY,
  h: MS_PER_HOUR,
  hour: MS_PER_HOUR,
  hours: MS_PER_HOUR,
  m: MS_PER_MINUTE,
  minute: MS_PER_MINUTE,
  minutes: MS_PER_MINUTE,
  s: MS_PER_SECOND,
  second: MS_PER_SECOND,
  seconds: MS_PER_SECOND,
  ms: 1,
  microsecond: 1e-3,
  tick: MS_PER_TICK,
};

/** Parses `[-][d.]hh:mm[:ss[.fffffff]]` or a literal such as `1d`, `30m`; null otherwise. */
export function parseTimespan(text: string): number | null {
  const trimmed = text.trim();
  const clock = TIMESPAN_TEXT.exec(trimmed);
  if (clock) {
    const [, minus, days = '0', h, m, s = '0', fraction = ''] = clock;
    const fractionMs = fraction === '' ? 0 : Number(`0.${fraction}`) * MS_PER_SECOND;
    const total =
      Number(days) * MS_PER_DAY + Number(h) * MS_PER_HOUR + Number(m) * MS_PER_MINUTE + Number(s) * MS_PER_SECOND;
    return (minus ? -1 : 1) * (total + fractionMs);
  }
  const literal = TIMESPAN_LITERAL.exec(trimmed);
  if (literal) {
    const [, minus, amount, unit] = literal;
    return (minus ? -1 : 1) * Number(amount) * UNIT_MS[unit.toLowerCase()];
  }
  return null;
}

/** Kusto's timespan text (.NET "c" format): `[-][d.]hh:mm:ss[.fffffff]`. */
export function formatTimespan(ms: number): string {
  if (!Number.isFinite(ms)) return '';
  const sign = ms < 0 ? '-' : '';
  const totalTicks = Math.round(Math.abs(ms) / MS_PER_TICK);
  const ticksPerSecond = MS_PER_SECOND / MS_PER_TICK;
  const fraction = totalTicks % ticksPerSecond;
  let seconds = Math.floor(totalTicks / ticksPerSecond);
  const days = Math.floor(seconds / 86_400);
  seconds -= days * 86_400;
  const clock = [Math.floor(seconds / 3600), Math.floor((seconds % 3600) / 60), seconds % 60]
    .map((part) => String(part).padStart(2, '0'))
    .join(':');
  const dayPart = days > 0 ? `${days}.` : '';
  const fractionPart = fraction > 0 ? `.${String(fraction).padStart(7, '0')}` : '';
  return `${sign}${dayPart}${clock}${fractionPart}`;
}

/** A datetime argument (number, datetime text inside a dynamic value), or null. */
export function asDatetime(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') return parseDatetime(value);
  return null;
}

/** A timespan argument (number of ms, or timespan text inside a dynamic value), or null. */
export function asTimespan(value: unknown): number | null {
  if (typeof value === 'string') return parseTimespan(value);
  return asNumber(value);
}
