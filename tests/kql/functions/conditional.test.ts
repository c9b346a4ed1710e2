import { describe, expect, it } from 'vitest';
import { type Arg, bool, callScalar, dt, dyn, int, long, real, resultTypeOf, str, ts } from './support/helpers.ts';

type Case = readonly [name: string, args: Arg[], expected: unknown];

const cases: Case[] = [
  ['iff', [bool(true), str('a'), str('b')], 'a'],
  ['iff', [bool(false), str('a'), str('b')], 'b'],
  ['iff', [bool(null), long(1), long(2)], 2],
  ['iif', [bool(true), long(1), long(2)], 1],
  ['case', [bool(false), str('a'), bool(true), str('b'), str('else')], 'b'],
  ['case', [bool(false), str('a'), bool(false), str('b'), str('else')], 'else'],
  ['coalesce', [long(null), long(null), long(3)], 3],
  ['coalesce', [str(''), str('x'), str('y')], 'x'],
  ['coalesce', [str(''), str('')], ''],
  // around-function.md: both ends included; a null argument gives null.
  ['around', [dt('2021-01-01T01:29:00Z'), dt('2021-01-01T01:30:00Z'), ts(60_000)], true],
  ['around', [dt('2021-01-01T01:28:59Z'), dt('2021-01-01T01:30:00Z'), ts(60_000)], false],
  ['around', [real(1.5), long(1), real(0.5)], true],
  ['around', [long(null), long(1), long(1)], null],
  ['isempty', [str('')], true],
  ['isempty', [str(' ')], false],
  ['isempty', [long(null)], true],
  ['isempty', [long(0)], false],
  ['isnotempty', [dyn(null)], false],
  ['isempty', [dyn([])], false],
  ['isempty', [dyn({})], false],
  ['isnotempty', [str('x')], true],
  ['isnull', [long(null)], true],
  ['isnull', [str('')], false],
  ['isnotnull', [dt('2024-01-01T00:00:00Z')], true],
  ['isnotnull', [dyn(null)], false],
  ['not', [bool(true)], false],
  ['not', [bool(null)], null],
  ['max_of', [long(10), long(1), long(null), long(12)], 12],
  ['min_of', [real(10), real(1), real(12)], 1],
  ['max_of', [str('a'), str('c'), str('b')], 'c'],
  ['max_of', [dt('2024-01-01T00:00:00Z'), dt('2024-02-01T00:00:00Z')], Date.parse('2024-02-01T00:00:00Z')],
];

describe('conditional functions', () => {
  it.each(cases)('%s(%j) = %j', (name, args, expected) => {
    expect(callScalar(name, ...args)).toEqual(expected);
  });

  it('widens numeric branch types and rejects odd case() arity', () => {
    expect(resultTypeOf('iff', bool(true), long(1), real(2))).toBe('real');
    // A dynamic branch takes the other branches' type, as Kusto's analyzer types iff(c, "x", dynamic("y")).
    expect(resultTypeOf('iff', bool(true), str('x'), dyn('y'))).toBe('string');
    expect(resultTypeOf('iff', bool(true), dt('2024-01-01T00:00:00Z'), dyn('y'))).toBe('dynamic');
    expect(resultTypeOf('iff', bool(true), str('x'), long(1))).toEqual({
      error: 'iff(): the values have incompatible types (string, long)',
    });
    expect(resultTypeOf('max_of', dt('2024-01-01T00:00:00Z'), long(1))).toHaveProperty('error');
    expect(resultTypeOf('case', bool(true), long(1), bool(false), long(2))).toHaveProperty('error');
    expect(resultTypeOf('case', bool(true), long(1), real(2))).toBe('real');
    expect(resultTypeOf('coalesce', long(1), int(1))).toBe('long');
  });
});
