import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ArgumentInfo,
  aggregateFunctionNames,
  lookupAggregateFunction,
  lookupScalarFunction,
  scalarFunctionNames,
} from '../../../src/kql/functions/index.ts';
import { KQL_TYPES, type KqlType } from '../../../src/kql/types.ts';

/** Values of any shape a column or literal might hold, including hostile ones. */
const anyValue = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.string(),
  fc.constantFrom('', '(', '[a-', '\\', '2024-01-01', '1.02:03:04', '10.0.0.1/33', '{"a":1}', '<x>', '%E0%A4%A'),
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 2 ** 60, -(2 ** 60)),
  fc.integer(),
  fc.boolean(),
  fc.jsonValue(),
  fc.array(fc.oneof(fc.double(), fc.string(), fc.constant(null))),
);

const finite = fc.double({ noNaN: true, noDefaultInfinity: true });

/** Values the engine may hold for a column of `type`: nulls, edge values and, for dynamic, anything. */
function typedValue(type: KqlType): fc.Arbitrary<unknown> {
  switch (type) {
    case 'string':
    case 'guid':
      return fc.oneof(fc.string(), fc.constantFrom('', '(', '\\', '2024-01-01', '10.0.0.1/33', '{"a":1}', '<x>'));
    case 'int':
    case 'long':
      return fc.oneof(fc.constant(null), fc.integer(), fc.constantFrom(2 ** 53, -(2 ** 53), 0));
    case 'real':
    case 'decimal':
      return fc.oneof(fc.constant(null), fc.double());
    case 'datetime':
    case 'timespan':
      return fc.oneof(fc.constant(null), finite, fc.constantFrom(8.64e15, -8.64e15, 0));
    case 'bool':
      return fc.oneof(fc.constant(null), fc.boolean());
    default:
      return anyValue;
  }
}

/** Argument type lists the function accepts, for arities from minArgs up to two more. */
function acceptedSignatures(check: (args: ArgumentInfo[]) => boolean, minArgs: number, maxArgs: number): KqlType[][] {
  const signatures: KqlType[][] = [];
  for (let arity = minArgs; arity <= Math.min(maxArgs, minArgs + 2); arity++) {
    for (const type of KQL_TYPES) {
      const types = Array.from({ length: arity }, () => type);
      if (check(types.map((t) => ({ type: t })))) signatures.push(types);
    }
  }
  return signatures;
}

/** The engine's representation of a value of `type` (../../../src/kql/types.ts). */
function isRepresentation(value: unknown, type: KqlType): boolean {
  switch (type) {
    case 'string':
    case 'guid':
      return typeof value === 'string';
    case 'int':
    case 'long':
    case 'datetime':
    case 'timespan':
      return value === null || (typeof value === 'number' && Number.isFinite(value));
    case 'real':
    case 'decimal':
      return value === null || typeof value === 'number';
    case 'bool':
      return value === null || typeof value === 'boolean';
    default:
      return value !== undefined;
  }
}

/**
 * range() and the series functions answer up to a million elements per call (a timespan range formats each one), so
 * one function's sweep can take ten seconds alone and three times that on a loaded 2-core machine.
 */
const SWEEP_TIMEOUT_MS = 120_000;

describe('functions never throw on data and return values of their type', () => {
  it.each(scalarFunctionNames())('scalar %s', { timeout: SWEEP_TIMEOUT_MS }, (name) => {
    const fn = lookupScalarFunction(name)!;
    const ok = (args: ArgumentInfo[]) => typeof fn.resultType(args) === 'string';
    for (const types of acceptedSignatures(ok, fn.minArgs, fn.maxArgs)) {
      const infos = types.map((type) => ({ type }));
      const resultType = fn.resultType(infos) as KqlType;
      const call = fn.compile(infos, { now: 0 });
      fc.assert(
        fc.property(fc.tuple(...types.map(typedValue)), (values) => {
          const result = call(...values);
          // The message is built only on failure: range() answers arrays of a million values.
          if (!isRepresentation(result, resultType)) expect.fail(`${name}(${types}) = ${JSON.stringify(result)}`);
        }),
        { numRuns: 40 },
      );
      fc.assert(
        fc.property(fc.array(anyValue, { minLength: types.length, maxLength: types.length }), (values) => {
          expect(() => call(...values)).not.toThrow();
        }),
        { numRuns: 20 },
      );
      // Hostile constants (precompiled regexes, sizes) must not break compilation either.
      fc.assert(
        fc.property(fc.array(anyValue, { minLength: types.length, maxLength: types.length }), (values) => {
          const constants = types.map((type, i) => ({ type, constant: { value: values[i] } }));
          expect(() => fn.compile(constants, { now: 0 })(...values)).not.toThrow();
        }),
        { numRuns: 20 },
      );
    }
  });

  it.each(aggregateFunctionNames())('aggregate %s', (name) => {
    const fn = lookupAggregateFunction(name)!;
    const ok = (args: ArgumentInfo[]) => typeof fn.resultType(args) === 'string';
    for (const types of acceptedSignatures(ok, fn.minArgs, fn.maxArgs)) {
      fc.assert(
        fc.property(fc.array(fc.array(anyValue, { minLength: types.length, maxLength: types.length })), (rows) => {
          const accumulator = fn.createAccumulator(types.map((type) => ({ type })))();
          for (const row of rows) accumulator.add(row);
          expect(() => accumulator.result()).not.toThrow();
        }),
        { numRuns: 20 },
      );
      const resultType = fn.resultType(types.map((type) => ({ type }))) as KqlType;
      fc.assert(
        fc.property(fc.array(fc.tuple(...types.map(typedValue))), (rows) => {
          const accumulator = fn.createAccumulator(types.map((type) => ({ type })))();
          for (const row of rows) accumulator.add(row);
          const result = accumulator.result();
          expect(isRepresentation(result, resultType), `${name}(${types}) = ${JSON.stringify(result)}`).toBe(true);
        }),
        { numRuns: 20 },
      );
    }
  });
});
