import { addMonths, dayOfYear, isoWeekOfYear, startOfDay, startOfWeek } from '../calendar.ts';
import { subSecondTicks, TICKS_PER_SECOND, ticksBetween, wholeSecond } from '../ticks.ts';
import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, MS_PER_SECOND } from '../values.ts';

/** Kusto period names (datetime_diff, datetime_add, datetime_part), case-insensitive. */
export type Period =
  | 'year'
  | 'quarter'
  | 'month'
  | 'week'
  | 'day'
  | 'hour'
  | 'minute'
  | 'second'
  | 'millisecond'
  | 'microsecond'
  | 'nanosecond';

const FIXED_MS: Partial<Record<Period, number>> = {
  week: 7 * MS_PER_DAY,
  day: MS_PER_DAY,
  hour: MS_PER_HOUR,
  minute: MS_PER_MINUTE,
  second: MS_PER_SECOND,
  millisecond: 1,
  microsecond: 1e-3,
  nanosecond: 1e-6,
};

const ALIASES: Record<string, Period> = { weekofyear: 'week', week_of_year: 'week', dayofyear: 'day' };

export function parsePeriod(value: unknown): Period | null {
  if (typeof value !== 'string') return null;
  const name = value.trim().toLowerCase();
  if (name in FIXED_MS || name === 'year' || name === 'quarter' || name === 'month') return name as Period;
  return ALIASES[name] ?? null;
}

function monthIndex(ms: number): number {
  const date = new Date(ms);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

/** datetime_diff(): how many period boundaries lie between the two instants (left − right). */
export function periodsBetween(period: Period, left: number, right: number): number {
  switch (period) {
    case 'year':
      return new Date(left).getUTCFullYear() - new Date(right).getUTCFullYear();
    case 'quarter':
      return Math.floor(monthIndex(left) / 3) - Math.floor(monthIndex(right) / 3);
    case 'month':
      return monthIndex(left) - monthIndex(right);
    case 'week':
      return Math.round((startOfWeek(left) - startOfWeek(right)) / (7 * MS_PER_DAY));
    case 'day':
      return Math.round((startOfDay(left) - startOfDay(right)) / MS_PER_DAY);
    case 'millisecond':
    case 'microsecond':
      return subSecondPeriodsBetween(TICKS_PER[period], left, right);
    case 'nanosecond':
      // Kusto's resolution is the tick: nanoseconds come in hundreds.
      return ticksBetween(left, right) * 100;
    default: {
      const size = FIXED_MS[period] ?? 1;
      return Math.floor(left / size) - Math.floor(right / size);
    }
  }
}

const TICKS_PER = { millisecond: 10_000, microsecond: 10 };

/** Boundaries of a sub-second period crossed, counted per whole second and then in ticks, exactly. */
function subSecondPeriodsBetween(ticksPerPeriod: number, left: number, right: number): number {
  const periodsPerSecond = TICKS_PER_SECOND / ticksPerPeriod;
  const seconds = (wholeSecond(left) - wholeSecond(right)) / MS_PER_SECOND;
  const within = (ms: number) => Math.floor(subSecondTicks(ms) / ticksPerPeriod);
  return seconds * periodsPerSecond + within(left) - within(right);
}

/** datetime_add(): calendar periods respect month lengths, fixed periods add exact durations. */
export function addPeriods(period: Period, amount: number, ms: number): number {
  if (period === 'year') return addMonths(ms, amount * 12);
  if (period === 'quarter') return addMonths(ms, amount * 3);
  if (period === 'month') return addMonths(ms, amount);
  return ms + amount * (FIXED_MS[period] ?? 0);
}

/** datetime_part(): the integer value of one part of a datetime. */
export function datetimePart(part: string, ms: number): number | null {
  const date = new Date(ms);
  const ticks = subSecondTicks(ms);
  switch (part.trim().toLowerCase()) {
    case 'year':
      return date.getUTCFullYear();
    case 'quarter':
      return Math.floor(date.getUTCMonth() / 3) + 1;
    case 'month':
      return date.getUTCMonth() + 1;
    case 'week_of_year':
    case 'weekofyear':
    case 'week':
      return isoWeekOfYear(ms);
    case 'day':
      return date.getUTCDate();
    case 'dayofyear':
      return dayOfYear(ms);
    case 'hour':
      return date.getUTCHours();
    case 'minute':
      return date.getUTCMinutes();
    case 'second':
      return date.getUTCSeconds();
    case 'millisecond':
      return Math.floor(ticks / TICKS_PER.millisecond);
    case 'microsecond':
      return Math.floor(ticks / TICKS_PER.microsecond);
    case 'nanosecond':
      return ticks * 100;
    default:
      return null;
  }
}
