import { defineScalar } from '../define.ts';
import type { ScalarFunction } from '../registry-types.ts';
import { isPlainObject } from '../values.ts';

/**
 * dynamic_to_json(): JSON with property bags' keys sorted at every level, so equal bags give equal
 * text (dynamic-to-json-function.md); a string is returned as it is.
 */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (isPlainObject(value)) {
    const keys = Object.keys(value).sort();
    return Object.fromEntries(keys.map((key) => [key, canonical(value[key])]));
  }
  return value;
}

export const canonicalJsonFunctions: readonly ScalarFunction[] = [
  defineScalar({
    name: 'dynamic_to_json',
    params: ['any'],
    result: 'string',
    impl: (value) => (typeof value === 'string' ? value : JSON.stringify(canonical(value ?? null))),
  }),
];
