import { createHash, randomUUID } from 'node:crypto';
import type { KqlType } from '../../types.ts';
import { MAX_ARRAY_LENGTH } from '../array-length-limit.ts';
import { defineScalar } from '../define.ts';
import { formatValue } from '../format.ts';
import type { ScalarFunction } from '../registry-types.ts';
import { EPOCH_TICKS, subSecondTicks, TICKS_PER_SECOND, wholeSecond } from '../ticks.ts';
import { asTimespan, formatDatetime } from '../time-values.ts';
import { asInteger, asNumber, isNull, MS_PER_SECOND } from '../values.ts';
import { xxhash64 } from '../xxhash64.ts';
import { toDynamicValue } from './dynamic.ts';

/** start, start + step, … up to stop, truncated at 2^20 values (range-function.md). */
function rangeArray(start: number, stop: number, step: number): number[] | null {
  if (step === 0 || (stop - start) / step < 0) return step === 0 ? null : [];
  const count = Math.min(Math.floor((stop - start) / step) + 1, MAX_ARRAY_LENGTH);
  // A plain loop: range() may answer a million values per row, and Array.from's callback costs several times more.
  const values = new Array<number>(count);
  for (let index = 0; index < count; index++) values[index] = start + index * step;
  return values;
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

/** The bytes hash() digests: a datetime's tick count (exact, via whole seconds), else the text form. */
function hashedBytes(value: unknown, type: KqlType): Uint8Array {
  if (type !== 'datetime' || typeof value !== 'number') return Buffer.from(formatValue(value, type), 'utf8');
  const seconds = BigInt(wholeSecond(value) / MS_PER_SECOND);
  const ticks = EPOCH_TICKS + seconds * BigInt(TICKS_PER_SECOND) + BigInt(subSecondTicks(value));
  const bytes = Buffer.alloc(8);
  bytes.writeBigInt64LE(ticks);
  return bytes;
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
    // XXH64 of the value (hash-function.md, hash-xxhash64-function.md: the same function under
    // two names). Strings hash their UTF-8 bytes; a datetime hashes its 64-bit .NET tick count,
    // as the pages' datetime example shows. Other types hash their text form, which the pages do
    // not document, so those numbers may differ from the service.
    name: 'hash',
    aliases: ['hash_xxhash64'],
    params: ['any'],
    optional: ['number'],
    result: 'long',
    compile:
      ([arg]) =>
      (value, mod) => {
        const hash = xxhash64(hashedBytes(value, arg.type));
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
