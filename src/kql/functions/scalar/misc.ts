import { createHash, randomUUID } from 'node:crypto';
import type { KqlType } from '../../types.ts';
import { defineScalar } from '../define.ts';
import { formatValue } from '../format.ts';
import type { ScalarFunction } from '../registry-types.ts';
import { asTimespan, formatDatetime } from '../time-values.ts';
import { asInteger, asNumber, isNull } from '../values.ts';
import { xxhash64 } from '../xxhash64.ts';
import { toDynamicValue } from './dynamic.ts';

/** The most values range() returns (range-function.md). */
const MAX_RANGE_LENGTH = 1_048_576;

/** start, start + step, … up to stop, truncated at 2^20 values (range-function.md). */
function rangeArray(start: number, stop: number, step: number): number[] | null {
  if (step === 0 || (stop - start) / step < 0) return step === 0 ? null : [];
  const count = Math.min(Math.floor((stop - start) / step) + 1, MAX_RANGE_LENGTH);
  return Array.from({ length: count }, (_, index) => start + index * step);
}

function dynamicTypeName(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'object') return 'dictionary';
  if (typeof value === 'number') return Number.isInteger(value) ? 'long' : 'real';
  if (typeof value === 'boolean') return 'bool';
  return 'string';
}

/** The text hash_md5/sha1/sha256 digest: a datetime always with its 7 fractional digits (hash-md5-function.md). */
function digestText(value: unknown, type: KqlType): string {
  return type === 'datetime' && typeof value === 'number'
    ? formatDatetime(value, { alwaysFraction: true })
    : formatValue(value, type);
}

function digest(algorithm: string): ScalarFunction {
  return defineScalar({
    name: `hash_${algorithm}`,
    params: ['any'],
    result: 'string',
    compile:
      ([arg]) =>
      (value) =>
        createHash(algorithm).update(digestText(value, arg.type), 'utf8').digest('hex'),
  });
}

export const miscFunctions: readonly ScalarFunction[] = [
  defineScalar({
    // Hashes the value's text form (Kusto hashes strings as UTF-8 with XXH64; other types
    // are hashed here through tostring(), so numbers may differ from the service).
    name: 'hash',
    params: ['any'],
    optional: ['number'],
    result: 'long',
    compile:
      ([arg]) =>
      (value, mod) => {
        const hash = xxhash64(Buffer.from(formatValue(value, arg.type), 'utf8'));
        if (isNull(mod)) return Number(BigInt.asIntN(64, hash));
        const m = asInteger(mod);
        return m === null || m <= 0 ? null : Number(hash % BigInt(m));
      },
  }),
  digest('sha256'),
  digest('sha1'),
  digest('md5'),
  defineScalar({ name: 'new_guid', result: 'guid', impl: () => randomUUID() }),
  defineScalar({
    name: 'gettype',
    params: ['any'],
    result: 'string',
    compile:
      ([arg]) =>
      (value) =>
        arg.type === 'dynamic' ? dynamicTypeName(value) : arg.type,
  }),
  defineScalar({
    name: 'range',
    params: [
      ['number', 'datetime', 'timespan'],
      ['number', 'datetime', 'timespan'],
    ],
    optional: [['number', 'timespan']],
    result: 'dynamic',
    compile: (args) => {
      const stepOf = args[0].type === 'datetime' || args[0].type === 'timespan' ? asTimespan : asNumber;
      return (start, stop, step) => {
        const from = asNumber(start);
        const to = asNumber(stop);
        const by = isNull(step) ? (stepOf === asTimespan ? null : 1) : stepOf(step);
        if (from === null || to === null || by === null) return null;
        const values = rangeArray(from, to, by);
        return stepOf === asNumber || !values ? values : values.map((v) => toDynamicValue(v, args[0].type));
      };
    },
  }),
];
