const MS_PER = { tick: 0.0001, microsecond: 0.001, ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Kusto timespan literal suffixes (`1d`, `15m`, `100ms`, `2hours`, `10tick`) in milliseconds. */
const UNITS: Record<string, number> = {
  d: MS_PER.d,
  day: MS_PER.d,
  days: MS_PER.d,
  h: MS_PER.h,
  hr: MS_PER.h,
  hrs: MS_PER.h,
  hour: MS_PER.h,
  hours: MS_PER.h,
  m: MS_PER.m,
  min: MS_PER.m,
  minute: MS_PER.m,
  minutes: MS_PER.m,
  s: MS_PER.s,
  sec: MS_PER.s,
  second: MS_PER.s,
  seconds: MS_PER.s,
  ms: MS_PER.ms,
  milli: MS_PER.ms,
  millis: MS_PER.ms,
  millisecond: MS_PER.ms,
  milliseconds: MS_PER.ms,
  microsecond: MS_PER.microsecond,
  microseconds: MS_PER.microsecond,
  tick: MS_PER.tick,
  ticks: MS_PER.tick,
};

/** Milliseconds in one unit, or undefined for an unknown suffix. */
export function parseTimespanUnit(suffix: string): number | undefined {
  return Object.hasOwn(UNITS, suffix) ? UNITS[suffix] : undefined;
}
