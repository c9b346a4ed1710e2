import { parseDatetime } from './datetime-text.ts';
import { subSecondTicks, wholeSecond } from './ticks.ts';
import { asNumber, MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, MS_PER_SECOND, MS_PER_TICK } from './values.ts';

/** The largest instant a JavaScript Date holds (±100,000,000 days around 1970). */
const MAX_DATE_MS = 8.64e15;

/**
 * `yyyy-MM-ddTHH:mm:ss` of a whole second, remembering the last one: columns and range() arrays are mostly
 * in time order, and toISOString is most of the cost of writing a datetime.
 */
let lastSecond = Number.NaN;
let lastSecondText = '';
function secondText(second: number): string {
  if (second !== lastSecond) {
    lastSecondText = new Date(second).toISOString().slice(0, 19);
    lastSecond = second;
  }
  return lastSecondText;
}

/**
 * Kusto's datetime text, to the nearest tick: `2024-01-01T00:00:00Z`, with 7 fraction digits only when there is
 * a fraction (results on the wire) or always (`.0000000Z`, .NET's round-trip form, which tostring() gives and
 * dynamic values hold: make-series-operator.md, percentile-tdigest-function.md and find-operator.md show it inside
 * JSON, reverse-function.md reverses it).
 */
export function formatDatetime(ms: number, { alwaysFraction = false } = {}): string {
  if (!Number.isFinite(ms) || Math.abs(ms) > MAX_DATE_MS) return '';
  const base = secondText(wholeSecond(ms));
  const ticks = subSecondTicks(ms);
  return ticks === 0 && !alwaysFraction ? `${base}Z` : `${base}.${String(ticks).padStart(7, '0')}Z`;
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
