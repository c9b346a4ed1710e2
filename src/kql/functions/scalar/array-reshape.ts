import { compareValues, valueKey } from '../compare.ts';
import { defineScalar } from '../define.ts';
import type { ScalarFunction } from '../registry-types.ts';
import { asBool, asInteger, isNull } from '../values.ts';
import { toDynamicValue } from './dynamic.ts';

/**
 * Array functions that reorder, move, cut or build arrays: array_sort_asc/desc, array_rotate_*,
 * array_shift_*, array_split, array_iff, zip, repeat and set_equals. Each yields null when its array argument is not
 * an array.
 */

/**
 * array_sort_asc/desc(array1, …, arrayN, nulls_last) (array-sort-asc-function.md): sorts the first
 * array and reorders the others by the same permutation; nulls go last unless nulls_last is
 * false. With one array the result is that array, with several an array of the reordered arrays
 * (so `array_sort_asc(times, commands)[1]` is the commands in time order).
 */
function sortArrays(direction: 1 | -1) {
  return (...args: unknown[]) => {
    const last = args[args.length - 1];
    const hasFlag = args.length > 1 && !Array.isArray(last);
    const nullsLast = hasFlag ? asBool(last) !== false : true;
    const arrays = hasFlag ? args.slice(0, -1) : args;
    if (!arrays.every(Array.isArray)) return null;
    const [first, ...others] = arrays as unknown[][];
    const order = first.map((_, index) => index);
    order.sort((a, b) => {
      const [x, y] = [first[a], first[b]];
      if (isNull(x) || isNull(y)) {
        if (isNull(x) && isNull(y)) return 0;
        return isNull(x) === nullsLast ? 1 : -1;
      }
      return direction * compareValues(x, y);
    });
    const sorted = arrays.map((array) =>
      order.filter((index) => index < (array as unknown[]).length).map((index) => (array as unknown[])[index]),
    );
    return others.length === 0 ? sorted[0] : sorted;
  };
}

const sortDefinition = (name: string, direction: 1 | -1) =>
  defineScalar({
    name,
    params: ['dynamic'],
    rest: ['dynamic', 'bool'],
    result: 'dynamic',
    impl: sortArrays(direction),
  });

/** array_rotate_left(arr, n) (array-rotate-left-function.md); a negative n rotates the other way. */
function rotate(array: unknown, by: unknown, direction: 1 | -1): unknown[] | null {
  const n = asInteger(by);
  if (!Array.isArray(array) || n === null) return null;
  if (array.length === 0) return [];
  const shift = (((direction * n) % array.length) + array.length) % array.length;
  return [...array.slice(shift), ...array.slice(0, shift)];
}

/** array_shift_left(arr, n, fill) (array-shift-left-function.md): moves elements, the vacated places take `fill` (null). */
function shift(array: unknown, by: unknown, fill: unknown, direction: 1 | -1): unknown[] | null {
  const n = asInteger(by);
  if (!Array.isArray(array) || n === null) return null;
  const offset = direction * n;
  return array.map((_, index) => {
    const from = index + offset;
    return from >= 0 && from < array.length ? array[from] : (fill ?? null);
  });
}

/** array_split(arr, indices) (array-split-function.md): cuts before each index (one number or an array of them). */
function split(array: unknown, indices: unknown): unknown[][] | null {
  if (!Array.isArray(array)) return null;
  const cuts = (Array.isArray(indices) ? indices : [indices]).map((index) => {
    const at = asInteger(index) ?? 0;
    return Math.min(array.length, Math.max(0, at < 0 ? array.length + at : at));
  });
  const bounds = [0, ...cuts, array.length];
  return bounds.slice(1).map((end, i) => array.slice(bounds[i], Math.max(bounds[i], end)));
}

/**
 * array_iff(conditions, when_true, when_false) (array-iff-function.md): element-wise iff; either
 * branch may be a scalar; a condition that is not a bool or a number gives null, and so does a
 * branch array shorter than the conditions.
 */
function arrayIff(conditions: unknown, whenTrue: unknown, whenFalse: unknown): unknown[] | null {
  if (!Array.isArray(conditions)) return null;
  const pick = (branch: unknown, index: number) => (Array.isArray(branch) ? (branch[index] ?? null) : branch);
  return conditions.map((condition, index) => {
    const truth = typeof condition === 'boolean' || typeof condition === 'number' ? asBool(condition) : null;
    return truth === null ? null : pick(truth ? whenTrue : whenFalse, index);
  });
}

/** zip(arr1, arr2, …) (zip-function.md): the i-th elements together, up to the longest array, missing ones null. */
function zip(...arrays: unknown[]): unknown[][] | null {
  if (!arrays.every(Array.isArray)) return null;
  const length = Math.max(...arrays.map((array) => (array as unknown[]).length));
  return Array.from({ length }, (_, index) => arrays.map((array) => (array as unknown[])[index] ?? null));
}

/**
 * repeat(value, count) (repeat-function.md): an array of count copies. Bounded so that a bad count
 * in the data cannot exhaust memory; no hunt repeats a value anywhere near this often.
 */
const MAX_REPEAT = 65_536;

function repeat(value: unknown, count: unknown): unknown[] | null {
  const times = asInteger(count);
  return times === null ? null : new Array<unknown>(Math.min(MAX_REPEAT, Math.max(0, times))).fill(value);
}

/** set_equals (set-equals-function.md): whether the arrays hold the same distinct values. */
function setEquals(first: unknown, second: unknown): boolean | null {
  if (!Array.isArray(first) || !Array.isArray(second)) return null;
  const [a, b] = [new Set(first.map(valueKey)), new Set(second.map(valueKey))];
  return a.size === b.size && [...a].every((key) => b.has(key));
}

export const arrayReshapeFunctions: readonly ScalarFunction[] = [
  sortDefinition('array_sort_asc', 1),
  sortDefinition('array_sort_desc', -1),
  defineScalar({
    name: 'array_rotate_left',
    params: ['dynamic', 'number'],
    result: 'dynamic',
    impl: (array, by) => rotate(array, by, 1),
  }),
  defineScalar({
    name: 'array_rotate_right',
    params: ['dynamic', 'number'],
    result: 'dynamic',
    impl: (array, by) => rotate(array, by, -1),
  }),
  defineScalar({
    name: 'array_shift_left',
    params: ['dynamic', 'number'],
    optional: ['any'],
    result: 'dynamic',
    compile: (args) => (array, by, fill) => shift(array, by, toDynamicValue(fill, args[2]?.type ?? 'dynamic'), 1),
  }),
  defineScalar({
    name: 'array_shift_right',
    params: ['dynamic', 'number'],
    optional: ['any'],
    result: 'dynamic',
    compile: (args) => (array, by, fill) => shift(array, by, toDynamicValue(fill, args[2]?.type ?? 'dynamic'), -1),
  }),
  defineScalar({ name: 'array_split', params: ['dynamic', ['number', 'dynamic']], result: 'dynamic', impl: split }),
  defineScalar({
    name: 'array_iff',
    aliases: ['array_iif'],
    params: ['dynamic', 'any', 'any'],
    result: 'dynamic',
    compile: (args) => (conditions, whenTrue, whenFalse) =>
      arrayIff(conditions, toDynamicValue(whenTrue, args[1].type), toDynamicValue(whenFalse, args[2].type)),
  }),
  defineScalar({
    name: 'repeat',
    params: ['any', 'number'],
    result: 'dynamic',
    compile:
      ([arg]) =>
      (value, count) =>
        repeat(toDynamicValue(value, arg.type), count),
  }),
  defineScalar({ name: 'set_equals', params: ['dynamic', 'dynamic'], result: 'bool', impl: setEquals }),
  defineScalar({ name: 'zip', params: ['dynamic', 'dynamic'], rest: 'dynamic', result: 'dynamic', impl: zip }),
];
