import { describe, expect, it } from 'vitest';
import { type MvExpandSpec, mvExpand } from '../../../src/kql/engine/index.ts';
import { col, columnsOf, rowsOf, tableOf } from './support/helpers.ts';

const table = tableOf('Id:long, Roles:dynamic, Bag:dynamic', [
  [1, ['admin', 'reader'], { a: 1, b: 2 }],
  [2, [], null],
  [3, null, {}],
  [4, 'solo', { c: 3 }],
]);
const roles = { name: 'Roles', expr: col('Roles', 'dynamic') };
const bag = { name: 'Bag', expr: col('Bag', 'dynamic') };

describe('mv-expand', () => {
  const cases: { title: string; spec: MvExpandSpec; columns?: string[]; rows: unknown[][] }[] = [
    {
      title: 'arrays: one row per element; empty array gives no row; null gives one null row; scalar one row',
      spec: { columns: [roles] },
      rows: [
        [1, 'admin', { a: 1, b: 2 }],
        [1, 'reader', { a: 1, b: 2 }],
        [3, null, {}],
        [4, 'solo', { c: 3 }],
      ],
    },
    {
      title: 'bags expand to single-property bags (kind=bag)',
      spec: { columns: [bag] },
      rows: [
        [1, ['admin', 'reader'], { a: 1 }],
        [1, ['admin', 'reader'], { b: 2 }],
        [2, [], null],
        [4, 'solo', { c: 3 }],
      ],
    },
    {
      title: 'kind=array turns properties into [key, value]',
      spec: { columns: [bag], kind: 'array' },
      rows: [
        [1, ['admin', 'reader'], ['a', 1]],
        [1, ['admin', 'reader'], ['b', 2]],
        [2, [], null],
        [4, 'solo', ['c', 3]],
      ],
    },
    {
      title: 'two columns expand in parallel, the shorter padded with null',
      spec: { columns: [roles, bag] },
      rows: [
        [1, 'admin', { a: 1 }],
        [1, 'reader', { b: 2 }],
        [2, null, null],
        [3, null, null],
        [4, 'solo', { c: 3 }],
      ],
    },
    {
      title: 'to typeof(string), a new name, with_itemindex and limit',
      spec: {
        columns: [{ name: 'Role', expr: col('Roles', 'dynamic'), toType: 'string' }],
        itemIndex: 'i',
        limit: 1,
      },
      columns: ['Id:long', 'Roles:dynamic', 'Bag:dynamic', 'Role:string', 'i:long'],
      rows: [
        [1, ['admin', 'reader'], { a: 1, b: 2 }, 'admin', 0],
        [3, null, {}, '', 0],
        [4, 'solo', { c: 3 }, 'solo', 0],
      ],
    },
  ];
  for (const { title, spec, columns, rows } of cases) {
    it(title, () => {
      const result = mvExpand(table, spec);
      if (columns) expect(columnsOf(result)).toEqual(columns);
      expect(rowsOf(result)).toEqual(rows);
    });
  }

  it('to typeof(long) casts numbers and turns other elements into null', () => {
    const t = tableOf('x:dynamic', [[[1, '2', 3.5]]]);
    const result = mvExpand(t, { columns: [{ name: 'x', expr: col('x', 'dynamic'), toType: 'long' }] });
    expect(columnsOf(result)).toEqual(['x:long']);
    expect(result.columnValues('x')).toEqual([1, null, null]);
  });
});
