import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type SortKey, sort, take, top } from '../../../src/kql/engine/index.ts';
import { col, fn, rowsOf, tableOf } from './support/helpers.ts';

const table = tableOf('Name:string, n:long', [
  ['b', 2],
  ['B', null],
  ['a', 2],
  ['c', 1],
  ['', 3],
]);
const byN = (descending: boolean, nulls?: 'first' | 'last'): SortKey => ({ expr: col('n', 'long'), descending, nulls });
const byName = (descending: boolean): SortKey => ({ expr: col('Name', 'string'), descending });

describe('sort', () => {
  const cases: { title: string; keys: SortKey[]; names: string[] }[] = [
    { title: 'asc puts nulls first', keys: [byN(false)], names: ['B', 'c', 'b', 'a', ''] },
    { title: 'desc puts nulls last', keys: [byN(true)], names: ['', 'b', 'a', 'c', 'B'] },
    { title: 'asc nulls last', keys: [byN(false, 'last')], names: ['c', 'b', 'a', '', 'B'] },
    { title: 'desc nulls first', keys: [byN(true, 'first')], names: ['B', '', 'b', 'a', 'c'] },
    {
      title: 'strings ordinally (upper case before lower case)',
      keys: [byName(false)],
      names: ['', 'B', 'a', 'b', 'c'],
    },
    { title: 'second key breaks ties', keys: [byN(true), byName(false)], names: ['', 'a', 'b', 'c', 'B'] },
    {
      title: 'computed string keys',
      keys: [{ expr: fn('string', col('Name', 'string'), (v) => (v as string).toLowerCase()), descending: false }],
      names: ['', 'a', 'b', 'B', 'c'],
    },
  ];
  for (const { title, keys, names } of cases) {
    it(title, () => expect(rowsOf(sort(table, keys)).map((r) => r[0])).toEqual(names));
  }

  it('returns a serialized view', () => {
    const sorted = sort(table, [byN(false)]);
    expect(sorted.serialized).toBe(true);
    expect(sorted.column('Name')).toBe(table.column('Name'));
  });

  it('top N by expr', () => {
    expect(rowsOf(top(table, 2, [byN(true)]))).toEqual([
      ['', 3],
      ['b', 2],
    ]);
  });

  it('top over many rows (bounded heap) equals the first rows of a full sort', () => {
    const row = fc.tuple(fc.constantFrom('a', 'b', 'B', ''), fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }));
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 20, maxLength: 60 }),
        fc.integer({ min: 0, max: 4 }),
        fc.boolean(),
        (rows, n, desc) => {
          const t = tableOf('Name:string, n:long', rows);
          const keys = [byN(desc), byName(!desc)];
          const result = top(t, n, keys);
          expect(rowsOf(result)).toEqual(rowsOf(take(sort(t, keys), n)));
          expect(result.serialized).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});
