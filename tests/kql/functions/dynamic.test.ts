import { describe, expect, it } from 'vitest';
import { type Arg, callScalar, dt, dyn, long, str } from './support/helpers.ts';

type Case = readonly [name: string, args: Arg[], expected: unknown];

const cases: Case[] = [
  [
    'bag_pack',
    [str('a'), long(1), str('when'), dt('2024-01-01T00:00:00Z')],
    { a: 1, when: '2024-01-01T00:00:00.0000000Z' },
  ],
  ['pack', [str('k'), str('v')], { k: 'v' }],
  ['pack_dictionary', [], {}],
  ['pack_array', [long(1), str('x'), dyn(null)], [1, 'x', null]],
  ['bag_keys', [dyn({ a: 1, b: 2 })], ['a', 'b']],
  ['bag_keys', [dyn([1])], null],
  ['bag_merge', [dyn({ a: 1, b: 2 }), dyn({ b: 3, c: 4 })], { a: 1, b: 2, c: 4 }],
  ['bag_remove_keys', [dyn({ a: 1, b: 2 }), dyn(['a'])], { b: 2 }],
  ['bag_has_key', [dyn({ a: 1 }), str('a')], true],
  ['array_length', [dyn([1, 2, 3])], 3],
  ['array_length', [dyn({ a: 1 })], null],
  ['array_length', [dyn(null)], null],
  ['array_concat', [dyn([1]), dyn([2, 3])], [1, 2, 3]],
  ['array_concat', [dyn([1]), dyn('x')], null],
  ['array_slice', [dyn([1, 2, 3, 4, 5]), long(1), long(3)], [2, 3, 4]],
  ['array_slice', [dyn([1, 2, 3, 4, 5]), long(-2), long(-1)], [4, 5]],
  ['array_slice', [dyn([1, 2, 3]), long(2), long(10)], [3]],
  ['array_index_of', [dyn(['Failure', 'Failure', 'Success']), str('Success')], 2],
  ['array_index_of', [dyn(['a', 'b']), str('z')], -1],
  ['array_index_of', [dyn([1, 2, 1]), long(1), long(1)], 2],
  ['array_index_of', [dyn('nope'), str('a')], null],
  ['array_reverse', [dyn([1, 2, 3])], [3, 2, 1]],
  // array-sort-asc-function.md: nulls go last unless nulls_last is false.
  ['array_sort_asc', [dyn([3, 1, null, 2])], [1, 2, 3, null]],
  ['array_sort_desc', [dyn(['b', 'c', 'a'])], ['c', 'b', 'a']],
  ['array_sum', [dyn([1, 2.5, 3])], 6.5],
  ['array_sum', [dyn([1, 'x'])], null],
  ['set_has_element', [dyn(['a', 'b']), str('b')], true],
  ['set_has_element', [dyn([1, 2]), long(3)], false],
  ['set_union', [dyn([1, 2, 2]), dyn([3, 1]), dyn(['1'])], [1, 2, 3, '1']],
  ['set_intersect', [dyn([1, 2, 3, 3]), dyn([3, 2, 5])], [2, 3]],
  ['set_difference', [dyn([1, 2, 3, 1]), dyn([2]), dyn([3])], [1]],
  ['range', [long(1), long(5), long(2)], [1, 3, 5]],
  ['range', [long(5), long(1), long(-2)], [5, 3, 1]],
  ['range', [long(1), long(3)], [1, 2, 3]],
  ['range', [long(1), long(3), long(0)], null],
  [
    'range',
    [dt('2024-01-01T00:00:00Z'), dt('2024-01-03T00:00:00Z'), { type: 'timespan', value: 86_400_000 }],
    ['2024-01-01T00:00:00.0000000Z', '2024-01-02T00:00:00.0000000Z', '2024-01-03T00:00:00.0000000Z'],
  ],
  ['gettype', [dyn([1])], 'array'],
  ['gettype', [dyn({})], 'dictionary'],
  ['gettype', [dyn(1)], 'long'],
  ['gettype', [dyn(1.5)], 'real'],
  ['gettype', [dyn(null)], 'null'],
  ['gettype', [dt('2024-01-01T00:00:00Z')], 'datetime'],
  ['gettype', [str('x')], 'string'],
];

describe('dynamic functions', () => {
  it.each(cases)('%s(%j) = %j', (name, args, expected) => {
    expect(callScalar(name, ...args)).toEqual(expected);
  });
});

describe('parse_xml', () => {
  it('maps elements, attributes and text as Kusto does', () => {
    const xml = '<?xml version="1.0" encoding="UTF-8"?><note><to>Alex</to><from>Jay</from></note>';
    expect(callScalar('parse_xml', str(xml))).toEqual({ note: { to: 'Alex', from: 'Jay' } });
    expect(callScalar('parse_xml', str('<book id="7" lang="en">Dune</book>'))).toEqual({
      book: { '@id': '7', '@lang': 'en', '#text': 'Dune' },
    });
    expect(callScalar('parse_xml', str('<a><b>1</b><b>2</b></a>'))).toEqual({ a: { b: ['1', '2'] } });
  });

  it('gives null for text that is not XML and passes dynamic JSON through', () => {
    expect(callScalar('parse_xml', str('not xml'))).toBeNull();
    expect(callScalar('parse_xml', str('<unclosed>'))).toBeNull();
    expect(callScalar('parse_xml', dyn({ FirstTimeUserUsedApp: 'True' }))).toEqual({ FirstTimeUserUsedApp: 'True' });
  });
});

describe('extract_json', () => {
  const doc = '{"Name":"alice","Roles":["admin","user"],"Meta":{"Age":42,"when":"2024-01-01T00:00:00Z"}}';
  const cases: Case[] = [
    ['extract_json', [str('$.Name'), str(doc)], 'alice'],
    ['extract_json', [str('$.Roles[1]'), str(doc)], 'user'],
    ['extract_json', [str("$['Meta']['Age']"), str(doc)], '42'],
    ['extract_json', [str('$.Meta.Age'), str(doc), str('long')], 42],
    ['extract_json', [str('$.Meta.when'), str(doc), str('datetime')], Date.parse('2024-01-01T00:00:00Z')],
    ['extract_json', [str('$.Roles'), str(doc)], '["admin","user"]'],
    ['extractjson', [str('$.Missing'), str(doc)], ''],
    ['extract_json', [str('$.Name'), str('not json')], ''],
    ['extract_json', [str('Name'), str(doc)], ''],
    ['extract_json', [str('$.Name'), dyn({ Name: 'bob' })], 'bob'],
  ];
  it.each(cases)('%s(%j) = %j', (name, args, expected) => {
    expect(callScalar(name, ...args)).toEqual(expected);
  });
});
