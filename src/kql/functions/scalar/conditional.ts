import type { KqlType } from '../../types.ts';
import { compareValues } from '../compare.ts';
import { defineScalar } from '../define.ts';
import type { ScalarFunction } from '../registry-types.ts';
import { branchType, commonType } from '../type-rules.ts';
import { asBool, asInteger, asNumber, asString, isNull } from '../values.ts';

const isEmpty = (v: unknown) => isNull(v) || v === '';

/** case(p1, v1, p2, v2, …, else): the value after the first true predicate, else the last. */
function firstMatch(...values: unknown[]): unknown {
  for (let index = 0; index + 1 < values.length; index += 2) {
    if (asBool(values[index]) === true) return values[index + 1];
  }
  return values[values.length - 1];
}

/** The value arguments of case(p1, v1, p2, v2, …, else). */
const caseValues = <T>(args: readonly T[]): T[] =>
  args.filter((_, index) => index % 2 === 1 || index === args.length - 1);

/**
 * Converts a dynamic branch's value to the type branchType gave the result; undefined when no value needs
 * converting (no dynamic branch, or a dynamic result), so the common case pays nothing per row.
 */
function branchConverter(...types: KqlType[]): ((value: unknown) => unknown) | undefined {
  const result = branchType('', types);
  if (typeof result !== 'string' || result === 'dynamic' || !types.includes('dynamic')) return undefined;
  switch (result) {
    case 'string':
      return asString;
    case 'bool':
      return asBool;
    case 'int':
    case 'long':
      return asInteger;
    case 'real':
    case 'decimal':
      return asNumber;
    default:
      return undefined;
  }
}

/** Orders non-null values of one type: numbers (and datetimes/timespans) numerically, text ordinally. */
function pickExtreme(sign: 1 | -1) {
  return (...values: unknown[]) => {
    let best: unknown = null;
    for (const value of values) {
      if (isNull(value) || value === '') continue;
      if (best === null) best = value;
      else if (sign * compareValues(value, best) > 0) best = value;
    }
    return best;
  };
}

export const conditionalFunctions: readonly ScalarFunction[] = [
  defineScalar({
    name: 'iff',
    aliases: ['iif'],
    params: ['bool', 'any', 'any'],
    result: (args) => branchType('iff', [args[1].type, args[2].type]),
    compile: (args) => {
      const convert = branchConverter(args[1].type, args[2].type);
      if (!convert) return (condition, whenTrue, whenFalse) => (asBool(condition) === true ? whenTrue : whenFalse);
      return (condition, whenTrue, whenFalse) => convert(asBool(condition) === true ? whenTrue : whenFalse);
    },
  }),
  defineScalar({
    name: 'case',
    params: ['bool', 'any', 'any'],
    rest: 'any',
    result: (args) => {
      if (args.length % 2 === 0) return { error: 'case(): expects predicate/value pairs followed by an else value' };
      return branchType(
        'case',
        caseValues(args).map((a) => a.type),
      );
    },
    compile: (args) => {
      const convert = branchConverter(...caseValues(args).map((a) => a.type));
      return convert ? (...values) => convert(firstMatch(...values)) : firstMatch;
    },
  }),
  defineScalar({
    name: 'coalesce',
    params: ['any'],
    rest: 'any',
    result: (args) =>
      commonType(
        'coalesce',
        args.map((a) => a.type),
      ),
    impl: (...values) => values.find((value) => !isEmpty(value)) ?? values[values.length - 1],
  }),
  defineScalar({ name: 'isempty', params: ['any'], result: 'bool', impl: isEmpty }),
  defineScalar({
    // around-function.md: whether value lies within center ± delta, both ends included.
    name: 'around',
    params: [
      ['number', 'datetime', 'timespan'],
      ['number', 'datetime', 'timespan'],
      ['number', 'timespan'],
    ],
    result: 'bool',
    impl: (value, center, delta) => {
      const [v, c, d] = [asNumber(value), asNumber(center), asNumber(delta)];
      return v === null || c === null || d === null ? null : v >= c - d && v <= c + d;
    },
  }),
  defineScalar({
    name: 'isnotempty',
    aliases: ['notempty'],
    params: ['any'],
    result: 'bool',
    impl: (v) => !isEmpty(v),
  }),
  defineScalar({ name: 'isnull', params: ['any'], result: 'bool', impl: (v) => isNull(v) }),
  defineScalar({ name: 'isnotnull', aliases: ['notnull'], params: ['any'], result: 'bool', impl: (v) => !isNull(v) }),
  defineScalar({
    name: 'not',
    params: ['bool'],
    result: 'bool',
    impl: (v) => {
      const b = asBool(v);
      return b === null ? null : !b;
    },
  }),
  defineScalar({
    name: 'max_of',
    params: ['any'],
    rest: 'any',
    result: (args) =>
      commonType(
        'max_of',
        args.map((a) => a.type),
      ),
    impl: pickExtreme(1),
  }),
  defineScalar({
    name: 'min_of',
    params: ['any'],
    rest: 'any',
    result: (args) =>
      commonType(
        'min_of',
        args.map((a) => a.type),
      ),
    impl: pickExtreme(-1),
  }),
];
