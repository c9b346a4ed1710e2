import { kustoEquals, valueKey } from '../compare.ts';
import { defineScalar } from '../define.ts';
import { formatValue } from '../format.ts';
import type { ArgumentInfo, ScalarFunction } from '../registry-types.ts';
import { formatDatetime } from '../time-values.ts';
import { asInteger, asString, isNull, isPlainObject } from '../values.ts';

/**
 * A typed value as it is held inside a dynamic value: datetimes and timespans become their
 * Kusto text as it appears in JSON from the service (datetimes always with 7 fraction digits),
 * everything else is kept.
 */
export function toDynamicValue(value: unknown, type: ArgumentInfo['type']): unknown {
  if (isNull(value)) return null;
  if (type === 'datetime' && typeof value === 'number') return formatDatetime(value, { alwaysFraction: true });
  return type === 'timespan' ? formatValue(value, type) : value;
}

function arrayIndexOf(array: unknown, lookup: unknown, start?: unknown, length?: unknown, occurrence?: unknown) {
  if (!Array.isArray(array)) return null;
  const given = isNull(start) ? 0 : (asInteger(start) ?? 0);
  // A negative start counts from the end (array-index-of-function.md).
  const from = given < 0 ? Math.max(0, array.length + given) : given;
  const span = isNull(length) ? -1 : (asInteger(length) ?? -1);
  let remaining = isNull(occurrence) ? 1 : (asInteger(occurrence) ?? 1);
  const end = span < 0 ? array.length : Math.min(array.length, from + span);
  for (let index = Math.max(0, from); index < end; index++) {
    if (kustoEquals(array[index], lookup) && --remaining === 0) return index;
  }
  return -1;
}

/** Resolves Kusto's negative (from the end) array index; null when out of range. */
function resolveIndex(index: number, length: number): number {
  return index < 0 ? length + index : index;
}

function distinct(values: readonly unknown[]): unknown[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = valueKey(value);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const arraysOnly = (values: readonly unknown[]) => (values.every(Array.isArray) ? (values as unknown[][]) : null);
const keySet = (array: readonly unknown[]) => new Set(array.map(valueKey));

export const dynamicFunctions: readonly ScalarFunction[] = [
  defineScalar({
    name: 'bag_pack',
    aliases: ['pack', 'pack_dictionary'],
    params: [],
    rest: 'any',
    result: (args) => (args.length % 2 === 0 ? 'dynamic' : { error: 'bag_pack(): expects key/value pairs' }),
    compile:
      (args) =>
      (...values) => {
        const bag: Record<string, unknown> = {};
        for (let index = 0; index + 1 < values.length; index += 2) {
          bag[asString(values[index])] = toDynamicValue(values[index + 1], args[index + 1].type);
        }
        return bag;
      },
  }),
  defineScalar({
    name: 'pack_array',
    rest: 'any',
    result: 'dynamic',
    compile:
      (args) =>
      (...values) =>
        values.map((value, index) => toDynamicValue(value, args[index].type)),
  }),
  defineScalar({
    name: 'bag_keys',
    params: ['dynamic'],
    result: 'dynamic',
    impl: (bag) => (isPlainObject(bag) ? Object.keys(bag) : null),
  }),
  defineScalar({
    name: 'array_length',
    // arraylength: the deprecated spelling published hunting queries still use (Kusto's parser accepts it).
    aliases: ['arraylength'],
    params: ['dynamic'],
    result: 'long',
    impl: (array) => (Array.isArray(array) ? array.length : null),
  }),
  defineScalar({
    name: 'array_concat',
    params: ['dynamic'],
    rest: 'dynamic',
    result: 'dynamic',
    impl: (...arrays) => arraysOnly(arrays)?.flat() ?? null,
  }),
  defineScalar({
    // Both ends inclusive; negative indexes count from the end.
    name: 'array_slice',
    params: ['dynamic', 'number', 'number'],
    result: 'dynamic',
    impl: (array, start, end) => {
      const from = asInteger(start);
      const to = asInteger(end);
      if (!Array.isArray(array) || from === null || to === null) return null;
      return array.slice(Math.max(0, resolveIndex(from, array.length)), resolveIndex(to, array.length) + 1);
    },
  }),
  defineScalar({
    name: 'array_index_of',
    params: ['dynamic', 'any'],
    optional: ['number', 'number', 'number'],
    result: 'long',
    compile:
      (args) =>
      (array, lookup, ...rest) =>
        arrayIndexOf(array, toDynamicValue(lookup, args[1].type), ...rest),
  }),
  defineScalar({
    name: 'array_reverse',
    params: ['dynamic'],
    result: 'dynamic',
    impl: (array) => (Array.isArray(array) ? [...array].reverse() : null),
  }),
  defineScalar({
    name: 'array_sum',
    params: ['dynamic'],
    result: 'real',
    impl: (array) => {
      if (!Array.isArray(array) || array.some((item) => typeof item !== 'number')) return null;
      return (array as number[]).reduce((sum, item) => sum + item, 0);
    },
  }),
  defineScalar({
    name: 'set_has_element',
    params: ['dynamic', 'any'],
    result: 'bool',
    compile: (args) => (array, value) => {
      if (!Array.isArray(array)) return null;
      const lookup = toDynamicValue(value, args[1].type);
      return array.some((item) => kustoEquals(item, lookup));
    },
  }),
  defineScalar({
    name: 'set_union',
    params: ['dynamic', 'dynamic'],
    rest: 'dynamic',
    result: 'dynamic',
    impl: (...arrays) => {
      const all = arraysOnly(arrays);
      return all ? distinct(all.flat()) : null;
    },
  }),
  filterFirstSet('set_intersect', true),
  filterFirstSet('set_difference', false),
];

/** set_intersect / set_difference: the distinct values of the first array that are (or are not) in every other one. */
function filterFirstSet(name: string, keepPresent: boolean) {
  return defineScalar({
    name,
    params: ['dynamic', 'dynamic'],
    rest: 'dynamic',
    result: 'dynamic',
    impl: (...arrays) => {
      const all = arraysOnly(arrays);
      if (!all) return null;
      const others = all.slice(1).map(keySet);
      return distinct(all[0]).filter((value) => others.every((set) => set.has(valueKey(value)) === keepPresent));
    },
  });
}
