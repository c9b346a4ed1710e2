import { parseTimespanUnit } from './timespan-units.ts';

const ISO_DATETIME =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Parses the text inside `datetime(...)` to epoch milliseconds (UTC), keeping sub-millisecond
 * ticks as fractions. Returns undefined when the text is not a datetime Kusto accepts.
 */
export function parseDatetimeText(raw: string): number | undefined {
  const text = raw.trim();
  const iso = ISO_DATETIME.exec(text);
  if (iso) {
    const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '', zone] = iso;
    let ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
    if (fraction) ms += Number(`0.${fraction}`) * 1000;
    if (zone && zone.toUpperCase() !== 'Z') {
      const sign = zone.startsWith('-') ? -1 : 1;
      const digits = zone.slice(1).replace(':', '');
      ms -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
    }
    return Number.isNaN(ms) ? undefined : ms;
  }
  // RFC 822/850 forms such as `Sat, 8 Nov 2014 15:05:02 GMT`.
  if (/[a-z]{3}/i.test(text)) {
    const ms = Date.parse(/(gmt|utc|z|[+-]\d{4})$/i.test(text) ? text : `${text} GMT`);
    return Number.isNaN(ms) ? undefined : ms;
  }
  return undefined;
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
