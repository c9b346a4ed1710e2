import { MS_PER_DAY } from './values.ts';

/**
 * Calendar arithmetic on epoch-ms datetimes, in UTC as Kusto is. Kusto counts time from
 * 0001-01-01, a Monday; fixed-size bins (bin(t, 7d)) align to that origin, not to 1970.
 */
const YEAR_ONE_MS = 62_135_596_800_000;

export function startOfDay(ms: number): number {
  return Math.floor(ms / MS_PER_DAY) * MS_PER_DAY;
}

/** Weeks start on Sunday in Kusto (startofweek, dayofweek). */
export function startOfWeek(ms: number): number {
  const day = startOfDay(ms);
  return day - new Date(day).getUTCDay() * MS_PER_DAY;
}

export function startOfMonth(ms: number): number {
  const date = new Date(ms);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
}

export function startOfYear(ms: number): number {
  return Date.UTC(new Date(ms).getUTCFullYear(), 0, 1);
}

/** .NET AddMonths: the day is clamped to the last day of the target month. */
export function addMonths(ms: number, months: number): number {
  const date = new Date(ms);
  const targetMonth = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), targetMonth + 1, 0)).getUTCDate();
  const timeOfDay = ms - startOfDay(ms);
  return Date.UTC(date.getUTCFullYear(), targetMonth, Math.min(date.getUTCDate(), lastDay)) + timeOfDay;
}

/** ISO 8601 week number (weeks start Monday; week 1 holds the year's first Thursday). */
export function isoWeekOfYear(ms: number): number {
  const day = startOfDay(ms);
  const weekday = (new Date(day).getUTCDay() + 6) % 7;
  const thursday = day + (3 - weekday) * MS_PER_DAY;
  const yearStart = Date.UTC(new Date(thursday).getUTCFullYear(), 0, 1);
  return Math.floor((thursday - yearStart) / MS_PER_DAY / 7) + 1;
}

export function dayOfYear(ms: number): number {
  return Math.floor((startOfDay(ms) - startOfYear(ms)) / MS_PER_DAY) + 1;
}

/** Floors a datetime to a multiple of `size` ms counted from 0001-01-01. */
export function binDatetime(ms: number, size: number): number {
  return Math.floor((ms + YEAR_ONE_MS) / size) * size - YEAR_ONE_MS;
}
