export const SECOND = 1_000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** `time` rounded down to a multiple of `step` since the epoch, as `bin()` does in KQL. */
export function floorTo(time: number, step: number): number {
  return Math.floor(time / step) * step;
}

/** Every UTC midnight from the day containing `start` up to `end`. */
export function daysBetween(start: number, end: number): number[] {
  const days: number[] = [];
  for (let day = floorTo(start, DAY); day < end; day += DAY) days.push(day);
  return days;
}
