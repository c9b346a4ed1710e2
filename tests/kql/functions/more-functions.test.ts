import { describe, expect, it } from 'vitest';
import { aggregate, bool, callScalar, dyn, long, real, str } from './support/helpers.ts';

describe('series vectors (series-dot-product-function.md, series-cosine-similarity-function.md)', () => {
  it('multiplies and compares series over their common length', () => {
    expect(callScalar('series_dot_product', dyn([1, 2, 3]), dyn([4, 5, 6, 7]))).toBe(32);
    expect(callScalar('series_cosine_similarity', dyn([1, 0]), dyn([0, 1]))).toBe(0);
    expect(callScalar('series_cosine_similarity', dyn([1, 2]), dyn([2, 4]))).toBeCloseTo(1);
    expect(callScalar('series_dot_product', dyn('x'), dyn([1]))).toBeNull();
  });

  it('series_dot_product takes a number in place of either series, repeated along the other', () => {
    expect(callScalar('series_dot_product', dyn([2, 4, 8]), long(2))).toBe(28);
    expect(callScalar('series_dot_product', real(0.5), dyn([3, 6, 12]))).toBe(10.5);
  });

  it('series_fir filters with normalised or raw weights, optionally centred (series-fir-function.md)', () => {
    expect(callScalar('series_fir', dyn([1, 2, 3, 4]), dyn([1, 1]))).toEqual([0.5, 1.5, 2.5, 3.5]);
    expect(callScalar('series_fir', dyn([1, 2, 3, 4]), dyn([1, 1]), dyn(false))).toEqual([1, 3, 5, 7]);
    expect(callScalar('series_fir', dyn([1, 2, 3]), dyn([1, 1, 1]), dyn(false), dyn(true))).toEqual([3, 6, 5]);
  });

  it('series_outliers scores points beyond the percentile fence (series-outliers-function.md)', () => {
    const scores = callScalar('series_outliers', dyn([1, 2, 1, 2, 1, 2, 1, 2, 1, 50])) as number[];
    expect(scores.slice(0, 9).every((s) => s === 0)).toBe(true);
    expect(scores[9]).toBeGreaterThan(1.5);
  });
});

describe('arrays, bags and text', () => {
  it('repeat and set_equals (repeat-function.md, set-equals-function.md)', () => {
    expect(callScalar('repeat', str('a'), long(3))).toEqual(['a', 'a', 'a']);
    expect(callScalar('repeat', long(1), long(-1))).toEqual([]);
    expect(callScalar('set_equals', dyn([1, 2, 2]), dyn([2, 1]))).toBe(true);
    expect(callScalar('set_equals', dyn([1]), dyn([1, 3]))).toBe(false);
  });

  it('bag_set_key sets plain and nested keys, bag_zip pairs keys with values', () => {
    expect(callScalar('bag_set_key', dyn({ a: 1 }), str('$.b.c'), long(2))).toEqual({ a: 1, b: { c: 2 } });
    expect(callScalar('bag_set_key', dyn({ a: 1 }), str('a'), str('x'))).toEqual({ a: 'x' });
    expect(callScalar('bag_zip', dyn(['a', 1, 'c']), dyn([1, 2]))).toEqual({ a: 1, c: null });
    // bag-zip.md: values that are not an array make every value null; keys that are not an array, the bag.
    expect(callScalar('bag_zip', dyn(['a', 8, 'b']), dyn(1))).toEqual({ a: null, b: null });
    expect(callScalar('bag_zip', dyn('a'), dyn([1, '2', 2.5]))).toBeNull();
  });

  it('replace_strings replaces in one pass, the first lookup winning (replace-strings-function.md)', () => {
    expect(callScalar('replace_strings', str('Swap a and b'), dyn(['a', 'b']), dyn(['b', 'a']))).toBe('Swbp b bnd a');
    expect(callScalar('replace_strings', str('abc'), dyn(['ab', 'a']), dyn(['X']))).toBe('Xc');
    expect(callScalar('replace_strings', str('x'), dyn('no'), dyn([]))).toBe('');
    // The earlier lookup claims its matches first, even ones starting later in the text; a rewrite that is
    // not a string keeps the matched text, which later lookups then leave alone.
    const message = str('This is an example of using replace_strings()');
    expect(callScalar('replace_strings', message, dyn(['is', 'This']), dyn(['was', 'This']))).toBe(
      'Thwas was an example of using replace_strings()',
    );
    expect(callScalar('replace_strings', message, dyn(['This', 'is']), dyn([12345, 'was']))).toBe(
      'This was an example of using replace_strings()',
    );
  });

  it('to_utf8 gives the bytes; erf and erfc', () => {
    expect(callScalar('to_utf8', str('Ké'))).toEqual([75, 195, 169]);
    expect(callScalar('erf', real(0.5))).toBeCloseTo(0.5204998778);
    expect(callScalar('erfc', real(0.5))).toBeCloseTo(0.4795001222);
  });

  it('has_any_ipv4_prefix looks for any of the prefixes (has-any-ipv4-prefix-function.md)', () => {
    expect(callScalar('has_any_ipv4_prefix', str('from 10.1.2.3 to x'), dyn(['192.168.', '10.1.']))).toBe(true);
    expect(callScalar('has_any_ipv4_prefix', str('from 10.1.2.3'), str('10.2.'), str('11.'))).toBe(false);
  });
});

describe('weighted and digest ranks', () => {
  it('percentilew is one weighted percentile; percentrank_tdigest the rank as a percentage', () => {
    expect(
      aggregate(
        'percentilew',
        ['long', 'long'],
        [
          [10, 8],
          [20, 6],
          [30, 3],
          [40, 1],
        ],
        [50],
      ),
    ).toBe(20);
    const digest = aggregate('tdigest', ['long'], [[1], [2], [3], [4]]);
    expect(callScalar('percentrank_tdigest', dyn(digest), long(3))).toBe(75);
  });
});

describe('records (parse-csv-function.md, assert-function.md)', () => {
  it('parse_csv reads the first record with quoted fields', () => {
    expect(callScalar('parse_csv', str('aa,"b,b,b",cc,"Escaping quotes: ""Title""","line1\nline2"'))).toEqual([
      'aa',
      'b,b,b',
      'cc',
      'Escaping quotes: "Title"',
      'line1\nline2',
    ]);
    expect(callScalar('parse_csv', str('record1,a\nrecord2,x'))).toEqual(['record1', 'a']);
    expect(callScalar('parse_csv', str('"unterminated'))).toEqual([]);
  });

  it('assert is true when the condition holds and null otherwise', () => {
    expect(callScalar('assert', bool(true), str('fine'))).toBe(true);
    expect(callScalar('assert', bool(false), str('Length must be greater than zero'))).toBeNull();
  });
});

describe('hll_if and isutf8', () => {
  it('hll_if keeps only the rows whose predicate holds (hll-if-aggregation-function.md)', () => {
    const sketch = aggregate(
      'hll_if',
      ['long', 'bool'],
      [
        [1, true],
        [2, false],
        [3, true],
        [3, true],
      ],
    );
    expect(callScalar('dcount_hll', dyn(sketch))).toBe(2);
  });

  it('isutf8 is false only for text with an unpaired surrogate (isutf8.md)', () => {
    expect(callScalar('isutf8', str('Kusto 😀'))).toBe(true);
    expect(callScalar('isutf8', str('bad \uD800'))).toBe(false);
  });
});
