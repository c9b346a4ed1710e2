import { describe, expect, it } from 'vitest';
import { computed, type ExtendAssignment, extend, where } from '../../../src/kql/engine/index.ts';
import { col, columnsOf, fn, rowsOf, tableOf } from './support/helpers.ts';

const table = tableOf('a:long, s:string', [
  [1, 'x'],
  [2, 'y'],
  [null, 'z'],
]);
const plusOne = fn('long', col('a', 'long'), (v) => (v === null ? null : (v as number) + 1));

describe('extend', () => {
  const cases: { title: string; assignments: ExtendAssignment[]; columns: string[]; rows: unknown[][] }[] = [
    {
      title: 'appends a computed column',
      assignments: [{ name: 'b', expr: plusOne }],
      columns: ['a:long', 's:string', 'b:long'],
      rows: [
        [1, 'x', 2],
        [2, 'y', 3],
        [null, 'z', null],
      ],
    },
    {
      title: 'replaces an existing column in place',
      assignments: [{ name: 'a', expr: plusOne }],
      columns: ['a:long', 's:string'],
      rows: [
        [2, 'x'],
        [3, 'y'],
        [null, 'z'],
      ],
    },
    {
      title: 'later assignments see earlier ones',
      assignments: [
        { name: 'b', expr: plusOne },
        { name: 'c', expr: fn('long', col('b', 'long'), (v) => (v === null ? null : (v as number) * 10)) },
      ],
      columns: ['a:long', 's:string', 'b:long', 'c:long'],
      rows: [
        [1, 'x', 2, 20],
        [2, 'y', 3, 30],
        [null, 'z', null, null],
      ],
    },
    {
      title: 'a string result that is null becomes ""',
      assignments: [{ name: 't', expr: fn('string', col('a', 'long'), (v) => (v === null ? null : `n${v}`)) }],
      columns: ['a:long', 's:string', 't:string'],
      rows: [
        [1, 'x', 'n1'],
        [2, 'y', 'n2'],
        [null, 'z', ''],
      ],
    },
    {
      title: 'multi-column assignment spreads a tuple (series_stats-like)',
      assignments: [
        {
          names: ['S_min', 'S_max'],
          types: ['real', 'real'],
          expr: computed('dynamic', [col('a', 'long')], (v) => (v === null ? null : [v, (v as number) * 2])),
        },
      ],
      columns: ['a:long', 's:string', 'S_min:real', 'S_max:real'],
      rows: [
        [1, 'x', 1, 2],
        [2, 'y', 2, 4],
        [null, 'z', null, null],
      ],
    },
  ];
  for (const { title, assignments, columns, rows } of cases) {
    it(title, () => {
      const result = extend(table, assignments);
      expect(columnsOf(result)).toEqual(columns);
      expect(rowsOf(result)).toEqual(rows);
    });
  }

  it('computes only the rows of a view', () => {
    const seen: unknown[] = [];
    const spy = fn('long', col('a', 'long'), (v) => {
      seen.push(v);
      return v;
    });
    const filtered = where(
      table,
      fn('bool', col('s', 'string'), (v) => v !== 'y'),
    );
    expect(rowsOf(extend(filtered, [{ name: 'b', expr: spy }]))).toEqual([
      [1, 'x', 1],
      [null, 'z', null],
    ]);
    expect(seen).toEqual([1, null]);
  });
});
