import type { KqlType } from '../types.ts';
import { parseDatetimeText } from './datetime-text.ts';

/**
 * Turns a value as read from a file (a JSON value, or CSV cell text) into the engine
 * representation of ../types.ts for a column of a given type. Empty text and JSON null become
 * null ("" for strings). A value that cannot be read returns INVALID, and the caller raises a
 * coded error naming file, line and column: coercers stay free of error plumbing because they
 * run once per cell.
 */
export const INVALID: unique symbol = Symbol('invalid value');
export type Coercer = (value: unknown) => unknown;

export function coercerFor(type: KqlType): Coercer {
  switch (type) {
    case 'string':
    case 'guid':
      return toText;
    case 'int':
    case 'long':
    case 'real':
    case 'decimal':
      return toNumber;
    case 'bool':
      return toBool;
    case 'datetime':
      return toDatetime;
    case 'timespan':
      return toTimespan;
    case 'dynamic':
      return toDynamic;
  }
}

function toText(value: unknown): unknown {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '';
}

function toNumber(value: unknown): unknown {
  if (typeof value === 'number') return value;
  if (isEmpty(value)) return null;
  if (typeof value !== 'string') return INVALID;
  const text = value.trim();
  if (text === 'NaN') return Number.NaN;
  const parsed = Number(text);
  return text !== '' && !Number.isNaN(parsed) ? parsed : INVALID;
}

function toBool(value: unknown): unknown {
  if (typeof value === 'boolean') return value;
  if (isEmpty(value)) return null;
  if (value === 1 || value === 0) return value === 1;
  if (typeof value !== 'string') return INVALID;
  const text = value.trim().toLowerCase();
  if (text === 'true' || text === '1') return true;
  if (text === 'false' || text === '0') return false;
  return INVALID;
}

/** JSON numbers in a datetime column are epoch milliseconds (the engine's own representation). */
function toDatetime(value: unknown): unknown {
  if (typeof value === 'number') return value;
  if (isEmpty(value)) return null;
  if (typeof value !== 'string') return INVALID;
  return parseDatetimeText(value) ?? INVALID;
}

const TIMESPAN = /^(-)?(?:(\d+)\.)?(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?$/;

/** `[-][d.]hh:mm[:ss[.fffffff]]`, as Kusto and the Log Analytics API write timespans; numbers are ms. */
function toTimespan(value: unknown): unknown {
  if (typeof value === 'number') return value;
  if (isEmpty(value)) return null;
  const match = typeof value === 'string' ? TIMESPAN.exec(value.trim()) : null;
  if (!match) return INVALID;
  const [, minus, days = '0', h, m, s = '0', fraction = ''] = match;
  const ms = ((+days * 24 + +h) * 60 + +m) * 60_000 + +s * 1000 + (fraction ? Number(`0.${fraction}`) * 1000 : 0);
  return minus ? -ms : ms;
}

/**
 * Dynamic columns arrive either parsed (JSON files) or as JSON text (CSV cells, and the Log
 * Analytics API, which serialises dynamic values as strings). Text that is not JSON stays a
 * string value, as a dynamic column may legitimately hold plain strings.
 */
function toDynamic(value: unknown): unknown {
  if (isEmpty(value)) return null;
  if (typeof value !== 'string') return value;
  const first = value.trimStart()[0];
  if (first !== '{' && first !== '[') return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
