import { describe, expect, it } from 'vitest';
import {
  aggregateFunctionNames,
  DuplicateFunctionError,
  lookupAggregateFunction,
  lookupScalarFunction,
  registerScalarFunction,
  scalarFunctionNames,
} from '../../../src/kql/functions/index.ts';
import { callScalar, str } from './support/helpers.ts';

describe('function registry', () => {
  it('finds functions by name and by deprecated alias, case-sensitively', () => {
    expect(lookupScalarFunction('iif')).toBe(lookupScalarFunction('iff'));
    expect(lookupScalarFunction('todynamic')).toBe(lookupScalarFunction('parse_json'));
    expect(lookupScalarFunction('pack')).toBe(lookupScalarFunction('bag_pack'));
    expect(lookupAggregateFunction('argmax')).toBe(lookupAggregateFunction('arg_max'));
    expect(lookupScalarFunction('ToLower')).toBeUndefined();
    expect(lookupScalarFunction('tojson')).toBeUndefined();
  });

  it('lists names and aliases for did-you-mean', () => {
    expect(scalarFunctionNames()).toContain('iif');
    expect(aggregateFunctionNames()).toEqual(expect.arrayContaining(['makeset', 'make_set', 'dcount']));
  });

  it('refuses a duplicate name unless override is set', () => {
    const impostor = { ...lookupScalarFunction('strlen')!, name: 'strlen', aliases: [] };
    expect(() => registerScalarFunction(impostor)).toThrow(DuplicateFunctionError);
    expect(() => registerScalarFunction({ ...impostor, name: 'x_test_fn', aliases: ['tolower'] })).toThrow(/tolower/);
    const original = lookupScalarFunction('strlen')!;
    registerScalarFunction({ ...original, compile: () => () => 42 }, { override: true });
    expect(callScalar('strlen', str('abc'))).toBe(42);
    registerScalarFunction(original, { override: true });
    expect(callScalar('strlen', str('abc'))).toBe(3);
  });

  it('reports the argument that has the wrong type', () => {
    const fn = lookupScalarFunction('datetime_diff')!;
    expect(fn.resultType([{ type: 'string' }, { type: 'datetime' }, { type: 'string' }])).toEqual({
      error: 'datetime_diff(): argument 3 must be datetime, got string',
    });
    expect(lookupAggregateFunction('sum')!.resultType([{ type: 'string' }])).toHaveProperty('error');
  });
});
