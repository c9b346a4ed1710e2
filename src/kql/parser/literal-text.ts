import { parseDatetime } from '../functions/datetime-text.ts';
import { parseTimespanUnit } from './timespan-units.ts';

/**
 * Parses the text inside `datetime(...)` to epoch milliseconds (UTC) with todatetime()'s grammar, so a literal
 * and todatetime() of the same text agree. Returns undefined when the text is not a datetime Kusto accepts.
 */
export function parseDatetimeText(raw: string): number | undefined {
  return parseDatetime(raw) ?? undefined;
}

const CLOCK = /^(-)?(?:(\d+)\.)?(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.(\d{1,7}))?)?$/;
const NUMBER_WITH_UNIT = /^(-)?(\d+(?:\.\d+)?)\s*([a-z]*)$/i;

/** Parses the text inside `timespan(...)` / `time(...)` (`1.02:03:04.5`, `00:15:00`, `2d`, `30`) to milliseconds. */
export function parseTimespanText(raw: string): number | undefined {
  const text = raw.trim();
  const clock = CLOCK.exec(text);
  if (clock) {
    const [, minus, days = '0', h, m, s = '0', fraction = ''] = clock;
    const ms =
      ((Number(days) * 24 + Number(h)) * 60 + Number(m)) * 60_000 +
      Number(s) * 1000 +
      (fraction ? Number(`0.${fraction}`) * 1000 : 0);
    return minus ? -ms : ms;
  }
  const withUnit = NUMBER_WITH_UNIT.exec(text);
  if (!withUnit) return undefined;
  const [, minus, amount, unit] = withUnit;
  // A bare number inside timespan() means days.
  const unitMs = unit === '' ? 86_400_000 : parseTimespanUnit(unit.toLowerCase());
  if (unitMs === undefined) return undefined;
  const ms = Number(amount) * unitMs;
  return minus ? -ms : ms;
}
