import { describe, expect, it } from 'vitest';
import { bool, callScalar, dyn, long, str } from './support/helpers.ts';

describe('array sorting (array-sort-asc-function.md, array-sort-desc-function.md)', () => {
  it('puts nulls last unless nulls_last is false', () => {
    const colours = dyn([null, 'blue', 'yellow', 'green', null]);
    expect(callScalar('array_sort_asc', colours)).toEqual(['blue', 'green', 'yellow', null, null]);
    expect(callScalar('array_sort_asc', colours, bool(false))).toEqual([null, null, 'blue', 'green', 'yellow']);
    expect(callScalar('array_sort_desc', colours, bool(false))).toEqual([null, null, 'yellow', 'green', 'blue']);
  });

  it('reorders further arrays by the first one', () => {
    const sorted = callScalar('array_sort_asc', dyn([1, 3, 4, 5, 2]), dyn(['a', 'b', 'c', 'd', 'e']));
    expect(sorted).toEqual([
      [1, 2, 3, 4, 5],
      ['a', 'e', 'b', 'c', 'd'],
    ]);
    expect(callScalar('array_sort_desc', dyn([1, 3, 4, 5, 2]), dyn(['a', 'b', 'c', 'd', 'e']))).toEqual([
      [5, 4, 3, 2, 1],
      ['d', 'c', 'b', 'e', 'a'],
    ]);
    expect(callScalar('array_sort_asc', dyn('x'))).toBeNull();
  });
});

describe('array_rotate_* and array_shift_*', () => {
  const arr = dyn([1, 2, 3, 4, 5]);

  it('rotates either way, a negative count the other way (array-rotate-left-function.md)', () => {
    expect(callScalar('array_rotate_left', arr, long(2))).toEqual([3, 4, 5, 1, 2]);
    expect(callScalar('array_rotate_left', arr, long(-2))).toEqual([4, 5, 1, 2, 3]);
    expect(callScalar('array_rotate_right', arr, long(7))).toEqual([4, 5, 1, 2, 3]);
    expect(callScalar('array_rotate_right', dyn([]), long(1))).toEqual([]);
  });

  it('shifts and fills the vacated places with null or the fill value (array-shift-left-function.md)', () => {
    expect(callScalar('array_shift_left', arr, long(2))).toEqual([3, 4, 5, null, null]);
    expect(callScalar('array_shift_left', arr, long(-2), long(-1))).toEqual([-1, -1, 1, 2, 3]);
    expect(callScalar('array_shift_right', arr, long(2), long(-1))).toEqual([-1, -1, 1, 2, 3]);
    expect(callScalar('array_shift_right', arr, long(-2))).toEqual([3, 4, 5, null, null]);
    expect(callScalar('array_shift_right', dyn(null), long(1))).toBeNull();
  });
});

describe('array_split, array_iff, zip', () => {
  it('splits before each index (array-split-function.md)', () => {
    expect(callScalar('array_split', dyn([1, 2, 3, 4, 5]), long(2))).toEqual([
      [1, 2],
      [3, 4, 5],
    ]);
    expect(callScalar('array_split', dyn([1, 2, 3, 4, 5]), dyn([1, 3]))).toEqual([[1], [2, 3], [4, 5]]);
    expect(callScalar('array_split', dyn([1, 2]), long(9))).toEqual([[1, 2], []]);
  });

  it('chooses element by element, null where the condition is not boolean or a branch is short (array-iff-function.md)', () => {
    expect(callScalar('array_iff', dyn([true, false, true]), dyn([1, 2, 3]), dyn([4, 5, 6]))).toEqual([1, 5, 3]);
    expect(callScalar('array_iff', dyn([1, 0, 50]), str('yes'), str('no'))).toEqual(['yes', 'no', 'yes']);
    expect(callScalar('array_iff', dyn(['text', null]), long(1), long(0))).toEqual([null, null]);
    expect(callScalar('array_iif', dyn([true, true, true]), dyn([1, 2]), dyn([3, 4]))).toEqual([1, 2, null]);
  });

  it('zips arrays up to the longest one (zip-function.md)', () => {
    expect(callScalar('zip', dyn([1, 3, 5]), dyn([2, 4, 6]))).toEqual([
      [1, 2],
      [3, 4],
      [5, 6],
    ]);
    expect(callScalar('zip', dyn(['A', 1, 1.5]), dyn([{}, 'B']))).toEqual([
      ['A', {}],
      [1, 'B'],
      [1.5, null],
    ]);
    expect(callScalar('zip', dyn([1]), dyn('no'))).toBeNull();
  });

  it('array_index_of counts a negative start from the end (array-index-of-function.md)', () => {
    const arr = dyn(['this', 'is', 'an', 'example', 'an', 'example']);
    expect(callScalar('array_index_of', arr, str('an'), long(-3))).toBe(4);
    expect(callScalar('array_index_of', arr, str('is'), long(-4))).toBe(-1);
  });
});

describe('bag keys as JSONPaths (bag-has-key-function.md, bag-remove-keys-function.md)', () => {
  const bag = dyn({ key1: 123, key2: { prop1: 'abc', prop2: 'xyz' }, key3: [100, 200] });

  it('finds and removes nested keys', () => {
    expect(callScalar('bag_has_key', bag, str('$.key2.prop1'))).toBe(true);
    expect(callScalar('bag_has_key', bag, str('$.key2.nope'))).toBe(false);
    expect(callScalar('bag_has_key', bag, str('$[oops'))).toBe(false);
    expect(callScalar('bag_remove_keys', bag, dyn(['$.key2.prop1', 'key3']))).toEqual({
      key1: 123,
      key2: { prop2: 'xyz' },
    });
  });

  it('bag_merge keeps keys in first-seen order, the first value winning (bag-merge-function.md)', () => {
    const merged = callScalar('bag_merge', dyn({ A1: 12, B1: 2 }), dyn({ A2: 81, A1: 1 }));
    expect(JSON.stringify(merged)).toBe('{"A1":12,"B1":2,"A2":81}');
  });
});
