import type { KqlType } from '../../types.ts';
import { parseDatetime } from '../datetime-text.ts';
import { defineScalar } from '../define.ts';
import { formatValue } from '../format.ts';
import type { ScalarFunction } from '../registry-types.ts';
import { EPOCH_TICKS as EPOCH_TICKS_EXACT } from '../ticks.ts';
import { asDatetime, asTimespan } from '../time-values.ts';
import { asBool, asNumber, MS_PER_SECOND, MS_PER_TICK } from '../values.ts';
import { toDynamicValue } from './dynamic.ts';

/** `tolong(datetime)` counts .NET ticks, from 0001-01-01. */
const EPOCH_TICKS = Number(EPOCH_TICKS_EXACT);

/** Number conversion that knows the argument type: datetimes and timespans become ticks. */
function numberFrom(type: KqlType) {
  if (type === 'datetime') return (v: unknown) => (typeof v === 'number' ? v / MS_PER_TICK + EPOCH_TICKS : null);
  if (type === 'timespan') return (v: unknown) => (typeof v === 'number' ? v / MS_PER_TICK : null);
  return asNumber;
}

function integerConversion(name: string, aliases?: string[]): ScalarFunction {
  return defineScalar({
    name,
    aliases,
    params: ['any'],
    result: name === 'toint' ? 'int' : 'long',
    compile: ([arg]) => {
      const toNumber = numberFrom(arg.type);
      return (v) => {
        const n = toNumber(v);
        return n === null || !Number.isFinite(n) ? null : Math.trunc(n);
      };
    },
  });
}

/**
 * Parses a JSON document; text that is not JSON stays a dynamic string, as Kusto documents. Any other
 * scalar becomes the value a dynamic holds for it (a datetime its ISO text, not our epoch milliseconds).
 */
function parseJson(value: unknown, type: KqlType): unknown {
  if (typeof value !== 'string') return toDynamicValue(value, type);
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

/** unixtime_*_todatetime: a count of units since 1970-01-01 as a datetime. */
function unixTime(name: string, msPerUnit: number): ScalarFunction {
  return defineScalar({
    name,
    params: ['number'],
    result: 'datetime',
    impl: (value) => {
      const n = asNumber(value);
      return n === null ? null : n * msPerUnit;
    },
  });
}

const GUID = /^[{(]?([0-9a-f]{8})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{12})[})]?$/i;

export const conversionFunctions: readonly ScalarFunction[] = [
  defineScalar({
    name: 'tostring',
    params: ['any'],
    result: 'string',
    compile:
      ([arg]) =>
      (v) =>
        formatValue(v, arg.type),
  }),
  integerConversion('toint'),
  integerConversion('tolong'),
  defineScalar({
    name: 'toreal',
    aliases: ['todouble'],
    params: ['any'],
    result: 'real',
    compile: ([arg]) => numberFrom(arg.type),
  }),
  defineScalar({ name: 'todecimal', params: ['any'], result: 'decimal', compile: ([arg]) => numberFrom(arg.type) }),
  defineScalar({ name: 'tobool', aliases: ['toboolean'], params: ['any'], result: 'bool', impl: asBool }),
  defineScalar({
    name: 'todatetime',
    params: ['any'],
    result: 'datetime',
    compile: ([arg]) =>
      arg.type === 'datetime' ? asDatetime : (v) => (typeof v === 'string' ? parseDatetime(v) : null),
  }),
  defineScalar({
    name: 'totimespan',
    aliases: ['totime'],
    params: ['any'],
    result: 'timespan',
    compile: ([arg]) => (arg.type === 'timespan' ? asTimespan : (v) => (typeof v === 'string' ? asTimespan(v) : null)),
  }),
  defineScalar({
    name: 'toguid',
    params: ['any'],
    result: 'guid',
    impl: (v) => {
      const parts = typeof v === 'string' ? GUID.exec(v.trim()) : null;
      return parts ? parts.slice(1).join('-').toLowerCase() : null;
    },
  }),
  defineScalar({
    name: 'parse_json',
    aliases: ['todynamic', 'parsejson', 'toobject'],
    params: ['any'],
    result: 'dynamic',
    compile:
      ([arg]) =>
      (value) =>
        parseJson(value, arg.type),
  }),
  unixTime('unixtime_seconds_todatetime', MS_PER_SECOND),
  unixTime('unixtime_milliseconds_todatetime', 1),
  unixTime('unixtime_microseconds_todatetime', 1e-3),
  unixTime('unixtime_nanoseconds_todatetime', 1e-6),
];
