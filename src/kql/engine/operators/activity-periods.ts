import { addMonths, binDatetime, startOfMonth, startOfWeek, startOfYear } from '../../functions/index.ts';
import { invalidInput } from '../errors.ts';

/** A plugin's analysis window: a fixed size (number, timespan) or a calendar period. */
export type ActivityWindow = number | 'week' | 'month' | 'year';

/** The analysis range; without it the periods span the data. */
export interface ActivityRange {
  readonly start?: number;
  readonly end?: number;
  readonly window: ActivityWindow;
}

/** Consecutive periods, each from its start to the next one's; times outside [start, end] have none. */
export interface Timeline {
  readonly starts: readonly number[];
  /** Where each period ends (the next one's start), excluded. */
  readonly ends: readonly number[];
  /** The index of the period holding `time`, or -1 outside the range. */
  periodOf(time: number): number;
}

/** More periods than any sensible analysis asks for: a window far smaller than the range. */
const MAX_PERIODS = 1_000_000;

const CALENDAR = {
  week: { align: startOfWeek, next: (ms: number) => ms + 7 * 86_400_000 },
  month: { align: startOfMonth, next: (ms: number) => addMonths(ms, 1) },
  year: { align: startOfYear, next: (ms: number) => addMonths(ms, 12) },
} as const;

/**
 * The periods of activity_metrics / new_activity_metrics (activity-metrics-plugin.md): from Start every
 * Window up to End, or startofweek/startofmonth/startofyear periods for a 'week'/'month'/'year' window.
 * Without Start and End the periods are bins (bin(time, Window)) from the earliest to the latest time.
 */
export function activityTimeline(range: ActivityRange, times: readonly number[], isDatetime: boolean): Timeline {
  const { window } = range;
  const bin = (t: number) => {
    if (typeof window !== 'number') return CALENDAR[window].align(t);
    return isDatetime ? binDatetime(t, window) : Math.floor(t / window) * window;
  };
  let [first, last] = [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
  for (const t of times) [first, last] = [Math.min(first, t), Math.max(last, t)];
  first = range.start ?? first;
  last = range.end ?? last;
  const next = typeof window === 'number' ? (t: number) => t + window : CALENDAR[window].next;
  const starts: number[] = [];
  if (Number.isFinite(first) && Number.isFinite(last)) {
    const from = typeof window === 'number' && range.start !== undefined ? range.start : bin(first);
    for (let t = from; t <= last; t = next(t)) {
      if (starts.length === MAX_PERIODS) throw invalidInput(`the window makes more than ${MAX_PERIODS} periods`);
      starts.push(t);
    }
  }
  return {
    starts,
    ends: starts.map(next),
    periodOf(time) {
      if (time < first || time > last) return -1;
      // The last period starting at or before `time`.
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (starts[mid] <= time) low = mid;
        else high = mid - 1;
      }
      return starts.length > 0 && starts[low] <= time ? low : -1;
    },
  };
}
