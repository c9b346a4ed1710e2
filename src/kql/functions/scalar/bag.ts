import { defineScalar } from '../define.ts';
import type { ScalarFunction } from '../registry-types.ts';
import { asString, isPlainObject } from '../values.ts';
import { toDynamicValue } from './dynamic.ts';
import { parsePath } from './json-path.ts';

/**
 * bag_merge, bag_remove_keys, bag_set_key, bag_zip and bag_has_key. A key that starts with `$` is a JSONPath into
 * nested bags (bag-has-key-function.md, bag-remove-keys-function.md: `$.key2.prop1`).
 */

/** The steps of a key: a plain key is one step; a JSONPath is its parts; undefined when the path is not valid. */
function stepsOf(key: string): (string | number)[] | undefined {
  return key.startsWith('$') ? (parsePath(key) ?? undefined) : [key];
}

function hasKey(bag: unknown, key: unknown): boolean | null {
  if (!isPlainObject(bag)) return null;
  const steps = stepsOf(asString(key));
  if (steps === undefined || steps.length === 0) return false;
  let current: unknown = bag;
  for (const step of steps) {
    if (!isPlainObject(current) || !Object.hasOwn(current, step)) return false;
    current = current[step];
  }
  return true;
}

/** A copy of the bag without the value at `steps`; bags along the path are copied, the rest shared. */
function without(bag: Record<string, unknown>, steps: readonly (string | number)[]): Record<string, unknown> {
  const [first, ...rest] = steps;
  const key = String(first);
  if (!Object.hasOwn(bag, key)) return bag;
  if (rest.length === 0) return Object.fromEntries(Object.entries(bag).filter(([name]) => name !== key));
  const inner = bag[key];
  return isPlainObject(inner) ? { ...bag, [key]: without(inner, rest) } : bag;
}

function removeKeys(bag: unknown, keys: unknown): Record<string, unknown> | null {
  if (!isPlainObject(bag) || !Array.isArray(keys)) return null;
  return keys.reduce<Record<string, unknown>>((result, key) => {
    const steps = stepsOf(asString(key));
    return steps === undefined || steps.length === 0 ? result : without(result, steps);
  }, bag);
}

/** bag_merge (bag-merge-function.md): keys in the order first seen; on a duplicate key the first bag's value wins. */
function merge(...bags: unknown[]): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const bag of bags.filter(isPlainObject))
    for (const [key, value] of Object.entries(bag)) if (!Object.hasOwn(merged, key)) merged[key] = value;
  return merged;
}

/** bag_set_key(bag, key, value) (bag-set-key-function.md): a copy with the value set, bags along a JSONPath made as needed. */
function setKey(bag: unknown, key: unknown, value: unknown): Record<string, unknown> | null {
  const steps = stepsOf(asString(key));
  if (!isPlainObject(bag) || steps === undefined || steps.length === 0) return null;
  const set = (
    target: Record<string, unknown>,
    [first, ...rest]: readonly (string | number)[],
  ): Record<string, unknown> => {
    const name = String(first);
    if (rest.length === 0) return { ...target, [name]: value };
    const inner = target[name];
    return { ...target, [name]: set(isPlainObject(inner) ? inner : {}, rest) };
  };
  return set(bag, steps);
}

/**
 * bag_zip(keys, values) (bag-zip.md): keys that are not strings are left out; missing values are null, and
 * so is every value when `values` is not an array; keys that are not an array give null.
 */
function zipBag(keys: unknown, values: unknown): Record<string, unknown> | null {
  if (!Array.isArray(keys)) return null;
  const bag: Record<string, unknown> = {};
  keys.forEach((key, index) => {
    if (typeof key === 'string') bag[key] = Array.isArray(values) ? (values[index] ?? null) : null;
  });
  return bag;
}

export const bagFunctions: readonly ScalarFunction[] = [
  defineScalar({ name: 'bag_merge', params: ['dynamic', 'dynamic'], rest: 'dynamic', result: 'dynamic', impl: merge }),
  defineScalar({ name: 'bag_remove_keys', params: ['dynamic', 'dynamic'], result: 'dynamic', impl: removeKeys }),
  defineScalar({
    name: 'bag_set_key',
    params: ['dynamic', 'string', 'any'],
    result: 'dynamic',
    compile: (args) => (bag, key, value) => setKey(bag, key, toDynamicValue(value, args[2].type)),
  }),
  defineScalar({ name: 'bag_zip', params: ['dynamic', 'dynamic'], result: 'dynamic', impl: zipBag }),
  defineScalar({ name: 'bag_has_key', params: ['dynamic', 'string'], result: 'bool', impl: hasKey }),
];
