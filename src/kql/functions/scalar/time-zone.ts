import { defineScalar } from '../define.ts';
import type { ScalarFunction } from '../registry-types.ts';
import { asDatetime } from '../time-values.ts';
import { asString, MS_PER_DAY } from '../values.ts';

/**
 * datetime_utc_to_local / datetime_local_to_utc with IANA zone names ("Europe/Paris"), using
 * the runtime's time-zone data. An unknown zone gives null.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Only valid zones are cached (there are a few hundred), so bad data cannot grow the cache. */
function formatterFor(zone: string): Intl.DateTimeFormat | null {
  const cached = formatters.get(zone);
  if (cached) return cached;
  try {
    const format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, format);
    return format;
  } catch {
    return null;
  }
}

/** The zone's offset from UTC at the instant `utcMs`, in ms (positive east of Greenwich). */
function offsetAt(format: Intl.DateTimeFormat, utcMs: number): number {
  const parts = Object.fromEntries(format.formatToParts(new Date(utcMs)).map((p) => [p.type, Number(p.value)]));
  const wallClock = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return wallClock - Math.floor(utcMs / 1000) * 1000;
}

/**
 * The UTC instant of a wall-clock time. Zones change offset at most once within a day around it, so
 * the offsets a day before and a day after are the candidates. A time the clocks pass twice (autumn)
 * takes the later offset, the zone's standard time; a time the clocks skip (spring) has no instant
 * and also takes the later offset, the one after the change, which puts it an hour before: Brussels'
 * 02:00 on 2022-03-27 becomes 00:00 UTC, which reads back as 01:00 (datetime-local-to-utc-function.md).
 */
function localToUtc(format: Intl.DateTimeFormat, local: number): number {
  const [earlier, later] = [offsetAt(format, local - MS_PER_DAY), offsetAt(format, local + MS_PER_DAY)];
  const atLater = local - later;
  if (offsetAt(format, atLater) === later) return atLater;
  const atEarlier = local - earlier;
  return offsetAt(format, atEarlier) === earlier ? atEarlier : atLater;
}

export const timeZoneFunctions: readonly ScalarFunction[] = [
  defineScalar({
    name: 'datetime_utc_to_local',
    params: ['datetime', 'string'],
    result: 'datetime',
    impl: (value, zone) => {
      const ms = asDatetime(value);
      const format = formatterFor(asString(zone));
      return ms === null || !format ? null : ms + offsetAt(format, ms);
    },
  }),
  defineScalar({
    name: 'datetime_local_to_utc',
    params: ['datetime', 'string'],
    result: 'datetime',
    impl: (value, zone) => {
      const local = asDatetime(value);
      const format = formatterFor(asString(zone));
      return local === null || !format ? null : localToUtc(format, local);
    },
  }),
];
