import { dayOfYear, isoWeekOfYear, startOfDay, startOfMonth, startOfWeek, startOfYear } from '../calendar.ts';
import { defineScalar } from '../define.ts';
import type { ScalarFunction } from '../registry-types.ts';
import { lastTickBefore, TICKS_PER_SECOND, withTicks } from '../ticks.ts';
import { asDatetime, asTimespan } from '../time-values.ts';
import { asInteger, asNumber, isNull, MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, MS_PER_SECOND } from '../values.ts';
import { addPeriods, datetimePart, parsePeriod, periodsBetween } from './datetime-parts.ts';

type Shift = (ms: number, offset: number) => number;

/** startofX(date [, offset]) / endofX(date [, offset]): offset counts whole periods. */
function periodBoundary(name: string, boundary: Shift): ScalarFunction {
  return defineScalar({
    name,
    params: ['datetime'],
    optional: ['number'],
    result: 'datetime',
    impl: (value, offset) => {
      const ms = asDatetime(value);
      const periods = isNull(offset) ? 0 : asInteger(offset);
      return ms === null || periods === null ? null : boundary(ms, periods);
    },
  });
}

const nextDay: Shift = (ms, n) => startOfDay(ms) + n * MS_PER_DAY;
const nextWeek: Shift = (ms, n) => startOfWeek(ms) + n * 7 * MS_PER_DAY;
const nextMonth: Shift = (ms, n) => addPeriods('month', n, startOfMonth(ms));
const nextYear: Shift = (ms, n) => addPeriods('year', n, startOfYear(ms));

function datetimeTo(
  name: string,
  part: (ms: number) => number,
  result: 'int' | 'timespan' = 'int',
  aliases?: string[],
): ScalarFunction {
  return defineScalar({
    name,
    aliases,
    params: ['datetime'],
    result,
    impl: (value) => {
      const ms = asDatetime(value);
      return ms === null ? null : part(ms);
    },
  });
}

export const datetimeFunctions: readonly ScalarFunction[] = [
  defineScalar({
    name: 'now',
    optional: ['timespan'],
    result: 'datetime',
    compile: (_args, context) => (offset) => context.now + (asTimespan(offset) ?? 0),
  }),
  defineScalar({
    name: 'ago',
    params: ['timespan'],
    result: 'datetime',
    compile: (_args, context) => (span) => {
      const ms = asTimespan(span);
      return ms === null ? null : context.now - ms;
    },
  }),
  defineScalar({
    name: 'datetime_diff',
    params: ['string', 'datetime', 'datetime'],
    result: 'long',
    impl: (period, left, right) => {
      const unit = parsePeriod(period);
      const a = asDatetime(left);
      const b = asDatetime(right);
      return unit === null || a === null || b === null ? null : periodsBetween(unit, a, b);
    },
  }),
  defineScalar({
    name: 'datetime_add',
    params: ['string', 'number', 'datetime'],
    result: 'datetime',
    impl: (period, amount, value) => {
      const unit = parsePeriod(period);
      const n = asInteger(amount);
      const ms = asDatetime(value);
      return unit === null || n === null || ms === null ? null : addPeriods(unit, n, ms);
    },
  }),
  defineScalar({
    name: 'datetime_part',
    aliases: ['datepart'],
    params: ['string', 'datetime'],
    result: 'int',
    impl: (part, value) => {
      const ms = asDatetime(value);
      return ms === null || typeof part !== 'string' ? null : datetimePart(part, ms);
    },
  }),
  periodBoundary('startofday', nextDay),
  periodBoundary('startofweek', nextWeek),
  periodBoundary('startofmonth', nextMonth),
  periodBoundary('startofyear', nextYear),
  periodBoundary('endofday', (ms, n) => lastTickBefore(nextDay(ms, n + 1))),
  periodBoundary('endofweek', (ms, n) => lastTickBefore(nextWeek(ms, n + 1))),
  periodBoundary('endofmonth', (ms, n) => lastTickBefore(nextMonth(ms, n + 1))),
  periodBoundary('endofyear', (ms, n) => lastTickBefore(nextYear(ms, n + 1))),
  // dayofweek is a timespan: days since the preceding Sunday (Monday = 1.00:00:00).
  datetimeTo('dayofweek', (ms) => startOfDay(ms) - startOfWeek(ms), 'timespan'),
  datetimeTo('dayofmonth', (ms) => new Date(ms).getUTCDate()),
  datetimeTo('dayofyear', dayOfYear),
  datetimeTo('hourofday', (ms) => Math.floor((ms - startOfDay(ms)) / MS_PER_HOUR)),
  datetimeTo('getmonth', (ms) => new Date(ms).getUTCMonth() + 1),
  datetimeTo('monthofyear', (ms) => new Date(ms).getUTCMonth() + 1),
  datetimeTo('getyear', (ms) => new Date(ms).getUTCFullYear()),
  datetimeTo('week_of_year', isoWeekOfYear, 'int', ['weekofyear']),
  defineScalar({
    // make_timespan(hour, minute [, second]) or (day, hour, minute, second) (make-timespan-function.md).
    name: 'make_timespan',
    params: ['number', 'number'],
    optional: ['number', 'number'],
    result: 'timespan',
    impl: (...values) => {
      const parts = values.filter((value) => value !== undefined).map(asNumber);
      if (parts.some((part) => part === null)) return null;
      const [days, hours, minutes, seconds] = (parts.length === 4 ? parts : [0, ...parts, 0].slice(0, 4)) as number[];
      return days * MS_PER_DAY + hours * MS_PER_HOUR + minutes * MS_PER_MINUTE + seconds * MS_PER_SECOND;
    },
  }),
  defineScalar({
    name: 'make_datetime',
    params: ['number', 'number', 'number'],
    optional: ['number', 'number', 'number'],
    result: 'datetime',
    impl: (year, month, day, hour, minute, second) => {
      const parts = [year, month, day, hour ?? 0, minute ?? 0].map(asInteger);
      const seconds = asNumber(second ?? 0);
      if (parts.some((part) => part === null) || seconds === null) return null;
      const [y, mo, d, h, mi] = parts as number[];
      if (mo < 1 || mo > 12) return null;
      // Seconds are a real: Kusto keeps them to the tick (make-datetime-function.md: 0.1234567).
      const ticks = Math.round(seconds * TICKS_PER_SECOND);
      const whole = Math.floor(ticks / TICKS_PER_SECOND);
      const ms = withTicks(Date.UTC(y, mo - 1, d, h, mi, whole), ticks - whole * TICKS_PER_SECOND);
      return new Date(ms).getUTCDate() === d ? ms : null;
    },
  }),
];
