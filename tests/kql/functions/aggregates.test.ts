import { describe, expect, it } from 'vitest';
import { lookupAggregateFunction, percentileColumnName } from '../../../src/kql/functions/index.ts';
import { aggregate, callScalar, dyn } from './support/helpers.ts';

const t = (iso: string) => Date.parse(iso);

describe('aggregates', () => {
  const cases: [
    name: string,
    types: Parameters<typeof aggregate>[1],
    rows: unknown[][],
    constants: unknown[],
    expected: unknown,
  ][] = [
    ['count', [], [[], [], []], [], 3],
    ['count', [], [], [], 0],
    ['countif', ['bool'], [[true], [false], [null], [true]], [], 2],
    ['dcount', ['string'], [['a'], ['b'], ['a'], ['']], [], 3],
    ['dcount', ['long'], [[1], [null], [1], [2]], [], 2],
    [
      'dcountif',
      ['string', 'bool'],
      [
        ['a', true],
        ['b', false],
        ['c', true],
        ['a', true],
      ],
      [],
      2,
    ],
    ['sum', ['long'], [[1], [2], [null], [4]], [], 7],
    ['sum', ['long'], [[null]], [], null],
    [
      'sumif',
      ['real', 'bool'],
      [
        [1.5, true],
        [2, false],
        [3, true],
      ],
      [],
      4.5,
    ],
    ['avg', ['long'], [[1], [2], [null], [6]], [], 3],
    [
      'avgif',
      ['long', 'bool'],
      [
        [1, true],
        [100, false],
        [3, true],
      ],
      [],
      2,
    ],
    ['min', ['long'], [[5], [null], [2], [9]], [], 2],
    [
      'max',
      ['datetime'],
      [[t('2024-01-01T00:00:00Z')], [t('2024-03-01T00:00:00Z')], [null]],
      [],
      t('2024-03-01T00:00:00Z'),
    ],
    ['max', ['string'], [['apple'], ['pear'], ['Zebra']], [], 'pear'],
    ['min', ['string'], [[null]], [], ''],
    [
      'minif',
      ['long', 'bool'],
      [
        [1, false],
        [5, true],
        [3, true],
      ],
      [],
      3,
    ],
    [
      'maxif',
      ['long', 'bool'],
      [
        [10, false],
        [5, true],
        [3, true],
      ],
      [],
      5,
    ],
    [
      'arg_max',
      ['long', 'string', 'string'],
      [
        [1, 'a', 'x'],
        [3, 'b', 'y'],
        [3, 'c', 'z'],
        [null, 'd', 'w'],
      ],
      [],
      [3, 'b', 'y'],
    ],
    [
      'arg_min',
      ['long', 'string'],
      [
        [4, 'a'],
        [2, 'b'],
        [9, 'c'],
      ],
      [],
      [2, 'b'],
    ],
    ['make_set', ['string'], [['a'], ['b'], ['a'], ['c']], [], ['a', 'b', 'c']],
    ['make_set', ['string'], [['a'], ['b'], ['c']], [2], ['a', 'b']],
    ['make_set', ['long'], [[1], [null], [1]], [], [1]],
    ['make_set', ['datetime'], [[t('2024-01-01T00:00:00Z')]], [], ['2024-01-01T00:00:00.0000000Z']],
    ['make_set', ['dynamic'], [[{ a: 1 }], [{ a: 1 }], [[1]]], [], [{ a: 1 }, 1]],
    [
      'make_set',
      ['dynamic'],
      [[['A1', 'A2', 'A3']], [['A2', 'C1']], [['C2', 'A3']], [['C2', 'A1']]],
      [],
      ['A1', 'A2', 'A3', 'C1', 'C2'],
    ],
    // geo-h3cell-rings-function.md: make_list over the rings gives one flat list of cells.
    [
      'make_list',
      ['dynamic'],
      [[['861f8894fffffff']], [['861f88947ffffff', '861f8895fffffff']]],
      [],
      ['861f8894fffffff', '861f88947ffffff', '861f8895fffffff'],
    ],
    // geo-point-in-polygon-function.md: pack_array keeps one level of nesting (MultiPolygon coordinates).
    ['make_list', ['dynamic'], [[[['a']]], [[['a', 'b']]]], [], [['a'], ['a', 'b']]],
    [
      'make_set_if',
      ['string', 'bool'],
      [
        ['a', true],
        ['b', false],
        ['a', true],
      ],
      [],
      ['a'],
    ],
    ['make_list', ['string'], [['a'], ['b'], ['a']], [], ['a', 'b', 'a']],
    [
      'make_list_if',
      ['long', 'bool'],
      [
        [1, true],
        [2, false],
        [1, true],
      ],
      [],
      [1, 1],
    ],
    ['make_list_with_nulls', ['long'], [[1], [null], [2]], [], [1, null, 2]],
    ['make_bag', ['dynamic'], [[{ a: 1 }], [{ b: 2, a: 3 }], ['not a bag']], [], { a: 1, b: 2 }],
    ['stdev', ['long'], [[2], [4], [4], [4], [5], [5], [7], [9]], [], Math.sqrt(32 / 7)],
    ['variance', ['long'], [[1], [2], [3], [4]], [], 5 / 3],
    ['stdevp', ['long'], [[2], [4], [4], [4], [5], [5], [7], [9]], [], 2],
    ['stdev', ['long'], [[5]], [], 0],
    ['stdev', ['long'], [], [], null],
    ['percentile', ['long'], [[1], [2], [3], [4], [5], [6], [7], [8], [9], [10]], [50], 5],
    ['percentile', ['long'], [[1], [2], [3], [4], [5], [6], [7], [8], [9], [10]], [95], 10],
    ['percentile', ['long'], [[15], [20], [35], [40], [50]], [30], 20],
    ['percentiles', ['long'], [[15], [20], [35], [40], [50]], [5, 30, 40, 50, 100], [15, 20, 20, 35, 50]],
    ['percentiles_array', ['real'], [[1], [2], [3], [4]], [25, 50], [1, 2]],
    // A datetime inside a dynamic array is its ISO text, as in make_list(), not the engine's epoch milliseconds.
    [
      'percentiles_array',
      ['datetime'],
      [[Date.parse('2024-01-01T00:00:00Z')], [Date.parse('2024-01-03T00:00:00Z')]],
      [50, 100],
      ['2024-01-01T00:00:00.0000000Z', '2024-01-03T00:00:00.0000000Z'],
    ],
    ['take_any', ['string'], [[''], ['x'], ['y']], [], 'x'],
    ['any', ['long'], [[null], [null]], [], null],
    [
      'take_anyif',
      ['string', 'bool'],
      [
        ['a', false],
        ['b', true],
      ],
      [],
      'b',
    ],
  ];

  it.each(cases)('%s over %j', (name, types, rows, constants, expected) => {
    const actual = aggregate(name, types, rows, constants);
    if (typeof expected === 'number' && typeof actual === 'number') expect(actual).toBeCloseTo(expected, 10);
    else expect(actual).toEqual(expected);
  });

  it('counts distinct values through exact hll sketches', () => {
    const left = aggregate('hll', ['string'], [['a'], ['b'], ['a']]);
    const right = aggregate('hll', ['string'], [['b'], ['c']]);
    const merged = aggregate('hll_merge', ['dynamic'], [[left], [right]]);
    expect(callScalar('dcount_hll', dyn(left))).toBe(2);
    expect(callScalar('dcount_hll', dyn(merged))).toBe(3);
  });

  it('applies the deprecated makeset/makelist default size of 128', () => {
    const rows = Array.from({ length: 200 }, (_, i) => [i]);
    expect((aggregate('makeset', ['long'], rows) as unknown[]).length).toBe(128);
    expect((aggregate('makelist', ['long'], rows) as unknown[]).length).toBe(128);
    expect((aggregate('make_set', ['long'], rows) as unknown[]).length).toBe(200);
  });

  it('copies what it keeps although the engine reuses the argument array', () => {
    expect(
      aggregate(
        'arg_max',
        ['long', 'string'],
        [
          [1, 'a'],
          [0, 'b'],
        ],
      ),
    ).toEqual([1, 'a']);
  });

  it('names output columns as Kusto does', () => {
    const name = (fn: string, ...columns: (string | undefined)[]) => lookupAggregateFunction(fn)?.defaultName(columns);
    expect(name('count')).toBe('count_');
    expect(name('countif', undefined)).toBe('countif_');
    expect(name('dcount', 'UserPrincipalName')).toBe('dcount_UserPrincipalName');
    expect(name('make_set', 'IPAddress')).toBe('set_IPAddress');
    expect(name('makeset', 'IPAddress')).toBe('set_IPAddress');
    expect(name('make_list', 'TimeGenerated')).toBe('list_TimeGenerated');
    expect(name('make_list_if', 'x')).toBe('list_x');
    expect(name('make_bag', 'Props')).toBe('bag_Props');
    expect(name('take_any', 'UserDisplayName')).toBe('UserDisplayName');
    expect(name('any', 'UserDisplayName')).toBe('any_UserDisplayName');
    expect(name('max', 'TimeGenerated')).toBe('max_TimeGenerated');
    expect(name('sum', 'x')).toBe('sum_x');
    expect(name('avg', 'x')).toBe('avg_x');
    expect(name('percentile', 'x', '95')).toBe('percentile_x_95');
    expect(percentileColumnName('Duration', 99.5)).toBe('percentile_Duration_99_5');
  });

  it('types results', () => {
    const type = (fn: string, ...types: Parameters<typeof aggregate>[1]) =>
      lookupAggregateFunction(fn)?.resultType(types.map((t) => ({ type: t })));
    expect(type('count')).toBe('long');
    expect(type('sum', 'int')).toBe('long');
    expect(type('sum', 'real')).toBe('real');
    expect(type('avg', 'long')).toBe('real');
    expect(type('max', 'datetime')).toBe('datetime');
    expect(type('make_set', 'string')).toBe('dynamic');
    expect(type('countif', 'string')).toHaveProperty('error');
  });
});
