import { defineScalar } from '../define.ts';
import type { ScalarFunction } from '../registry-types.ts';
import { subSecondTicks } from '../ticks.ts';
import { asDatetime, asTimespan } from '../time-values.ts';
import { asString, MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, MS_PER_SECOND } from '../values.ts';

/** The .NET custom format specifiers Kusto documents for format_datetime/format_timespan. */
const TOKEN = /d+|f{1,7}|F{1,7}|hh?|HH?|mm?|MM?|ss?|yyyy|yy|y|tt/g;

interface Parts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** Sub-second ticks, 0 … 9,999,999. */
  readonly ticks: number;
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

function fraction(token: string, ticks: number): string {
  const digits = pad(ticks, 7).slice(0, token.length);
  return token.startsWith('F') ? digits.replace(/0+$/, '') : digits;
}

function render(format: string, parts: Parts, tokenValue: (token: string, parts: Parts) => string | undefined) {
  return format.replace(TOKEN, (token) => tokenValue(token, parts) ?? token);
}

function datetimeToken(token: string, p: Parts): string | undefined {
  if (token.startsWith('f') || token.startsWith('F')) return fraction(token, p.ticks);
  const hour12 = p.hour % 12 === 0 ? 12 : p.hour % 12;
  const values: Record<string, string> = {
    d: String(p.day),
    dd: pad(p.day, 2),
    h: String(hour12),
    hh: pad(hour12, 2),
    H: String(p.hour),
    HH: pad(p.hour, 2),
    m: String(p.minute),
    mm: pad(p.minute, 2),
    M: String(p.month),
    MM: pad(p.month, 2),
    s: String(p.second),
    ss: pad(p.second, 2),
    y: String(p.year % 100),
    yy: pad(p.year % 100, 2),
    yyyy: pad(p.year, 4),
    tt: p.hour < 12 ? 'AM' : 'PM',
  };
  return values[token];
}

function timespanToken(token: string, p: Parts): string | undefined {
  if (token.startsWith('f') || token.startsWith('F')) return fraction(token, p.ticks);
  if (token.startsWith('d')) return pad(p.day, token.length);
  const values: Record<string, string> = {
    h: String(p.hour),
    hh: pad(p.hour, 2),
    H: String(p.hour),
    HH: pad(p.hour, 2),
    m: String(p.minute),
    mm: pad(p.minute, 2),
    s: String(p.second),
    ss: pad(p.second, 2),
  };
  return values[token];
}

export const timeFormatFunctions: readonly ScalarFunction[] = [
  defineScalar({
    name: 'format_datetime',
    params: ['datetime', 'string'],
    result: 'string',
    impl: (value, format) => {
      const ms = asDatetime(value);
      if (ms === null) return '';
      const date = new Date(Math.floor(ms));
      return render(
        asString(format),
        {
          year: date.getUTCFullYear(),
          month: date.getUTCMonth() + 1,
          day: date.getUTCDate(),
          hour: date.getUTCHours(),
          minute: date.getUTCMinutes(),
          second: date.getUTCSeconds(),
          ticks: subSecondTicks(ms),
        },
        datetimeToken,
      );
    },
  }),
  defineScalar({
    name: 'format_timespan',
    params: ['timespan', 'string'],
    result: 'string',
    impl: (value, format) => {
      const signed = asTimespan(value);
      if (signed === null) return '';
      const ms = Math.abs(signed);
      const text = render(
        asString(format),
        {
          year: 0,
          month: 0,
          day: Math.floor(ms / MS_PER_DAY),
          hour: Math.floor((ms % MS_PER_DAY) / MS_PER_HOUR),
          minute: Math.floor((ms % MS_PER_HOUR) / MS_PER_MINUTE),
          second: Math.floor((ms % MS_PER_MINUTE) / MS_PER_SECOND),
          ticks: subSecondTicks(ms),
        },
        timespanToken,
      );
      return signed < 0 ? `-${text}` : text;
    },
  }),
];
