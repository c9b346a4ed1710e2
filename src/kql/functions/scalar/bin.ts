import { binDatetime } from '../calendar.ts';
import { defineScalar } from '../define.ts';
import type { ArgumentInfo, ScalarFunction } from '../registry-types.ts';
import { asDatetime, asTimespan } from '../time-values.ts';
import { asNumber } from '../values.ts';

/**
 * bin(value, size) / floor(): numbers and timespans floor to a multiple of size; datetimes
 * floor to a multiple counted from 0001-01-01 as Kusto does (so 7d bins start on Mondays).
 * A size that is not positive gives null.
 */
function binner(args: readonly ArgumentInfo[]) {
  const isDatetime = args[0].type === 'datetime';
  const readValue = isDatetime ? asDatetime : args[0].type === 'timespan' ? asTimespan : asNumber;
  const readSize = isDatetime || args[0].type === 'timespan' ? asTimespan : asNumber;
  return (value: unknown, size: unknown, origin?: unknown): number | null => {
    const v = readValue(value);
    const s = readSize(size);
    if (v === null || s === null || s <= 0) return null;
    if (origin !== undefined) {
      const o = readValue(origin);
      return o === null ? null : Math.floor((v - o) / s) * s + o;
    }
    return isDatetime ? binDatetime(v, s) : Math.floor(v / s) * s;
  };
}

const binnable = ['number', 'datetime', 'timespan'] as const;

export const binFunctions: readonly ScalarFunction[] = [
  defineScalar({
    name: 'bin',
    aliases: ['floor'],
    params: [binnable, ['number', 'timespan']],
    result: (a) => a[0].type,
    compile: binner,
  }),
  defineScalar({
    name: 'bin_at',
    params: [binnable, ['number', 'timespan'], binnable],
    result: (a) => a[0].type,
    compile: binner,
  }),
];
