import { describe, expect, it } from 'vitest';
import { type SummarizeSpec, summarize } from '../../../src/kql/engine/index.ts';
import { agg, col, columnsOf, fn, rowsOf, tableOf } from './support/helpers.ts';

const HOUR = 3_600_000;
const signins = tableOf('IPAddress:string, User:string, TimeGenerated:datetime, Failures:long', [
  ['1.1.1.1', 'alice', 0.5 * HOUR, 1],
  ['2.2.2.2', 'bob', 0.7 * HOUR, 2],
  ['1.1.1.1', 'bob', 1.2 * HOUR, null],
  ['1.1.1.1', 'alice', 1.9 * HOUR, 4],
  ['', 'carol', 2.5 * HOUR, 8],
]);
const ip = { name: 'IPAddress', expr: col('IPAddress', 'string') };
const hour = {
  name: 'TimeGenerated',
  expr: fn('datetime', col('TimeGenerated', 'datetime'), (v) => Math.floor((v as number) / HOUR) * HOUR),
};

describe('summarize', () => {
  const cases: { title: string; spec: SummarizeSpec; columns: string[]; rows: unknown[][] }[] = [
    {
      title: 'count() by a string column, groups in order of first appearance',
      spec: { keys: [ip], aggregates: [agg('count_', 'count')] },
      columns: ['IPAddress:string', 'count_:long'],
      rows: [
        ['1.1.1.1', 3],
        ['2.2.2.2', 1],
        ['', 1],
      ],
    },
    {
      title: 'two keys including a bin() result',
      spec: { keys: [ip, hour], aggregates: [agg('n', 'count'), agg('users', 'dcount', col('User', 'string'))] },
      columns: ['IPAddress:string', 'TimeGenerated:datetime', 'n:long', 'users:long'],
      rows: [
        ['1.1.1.1', 0, 1, 1],
        ['2.2.2.2', 0, 1, 1],
        ['1.1.1.1', HOUR, 2, 2],
        ['', 2 * HOUR, 1, 1],
      ],
    },
    {
      title: 'make_set and sum ignore nulls',
      spec: {
        keys: [ip],
        aggregates: [agg('Users', 'make_set', col('User', 'string')), agg('total', 'sum', col('Failures', 'long'))],
      },
      columns: ['IPAddress:string', 'Users:dynamic', 'total:long'],
      rows: [
        ['1.1.1.1', ['alice', 'bob'], 5],
        ['2.2.2.2', ['bob'], 2],
        ['', ['carol'], 8],
      ],
    },
    {
      title: 'without keys: one row',
      spec: { keys: [], aggregates: [agg('n', 'count'), agg('m', 'max', col('Failures', 'long'))] },
      columns: ['n:long', 'm:long'],
      rows: [[5, 8]],
    },
    {
      title: 'nulls form one group',
      spec: { keys: [{ name: 'Failures', expr: col('Failures', 'long') }], aggregates: [agg('n', 'count')] },
      columns: ['Failures:long', 'n:long'],
      rows: [
        [1, 1],
        [2, 1],
        [null, 1],
        [4, 1],
        [8, 1],
      ],
    },
    {
      title: 'arg_max(TimeGenerated, *) by IPAddress keeps the whole latest row',
      spec: {
        keys: [ip],
        aggregates: [
          {
            kind: 'arg',
            mode: 'max',
            by: { name: 'TimeGenerated', expr: col('TimeGenerated', 'datetime') },
            returns: ['*'],
          },
        ],
      },
      columns: ['IPAddress:string', 'TimeGenerated:datetime', 'User:string', 'Failures:long'],
      rows: [
        ['1.1.1.1', 1.9 * HOUR, 'alice', 4],
        ['2.2.2.2', 0.7 * HOUR, 'bob', 2],
        ['', 2.5 * HOUR, 'carol', 8],
      ],
    },
    {
      // summarize-operator.md: `arg_min_x = arg_min(x, *)` gives arg_min_x alone, not x again.
      title: 'named arg_min with * by a computed key does not repeat the minimized column',
      spec: {
        keys: [hour],
        aggregates: [
          { kind: 'arg', mode: 'min', by: { name: 'First', expr: col('TimeGenerated', 'datetime') }, returns: ['*'] },
        ],
      },
      columns: ['TimeGenerated:datetime', 'First:datetime', 'IPAddress:string', 'User:string', 'Failures:long'],
      rows: [
        [0, 0.5 * HOUR, '1.1.1.1', 'alice', 1],
        [HOUR, 1.2 * HOUR, '1.1.1.1', 'bob', null],
        [2 * HOUR, 2.5 * HOUR, '', 'carol', 8],
      ],
    },
    {
      title: 'arg_max with listed returns ignores null maximized values',
      spec: {
        keys: [ip],
        aggregates: [
          {
            kind: 'arg',
            mode: 'max',
            by: { name: 'Failures', expr: col('Failures', 'long') },
            returns: [{ name: 'User', expr: col('User', 'string') }],
          },
        ],
      },
      columns: ['IPAddress:string', 'Failures:long', 'User:string'],
      rows: [
        ['1.1.1.1', 4, 'alice'],
        ['2.2.2.2', 2, 'bob'],
        ['', 8, 'carol'],
      ],
    },
  ];
  for (const { title, spec, columns, rows } of cases) {
    it(title, () => {
      const result = summarize(signins, spec);
      expect(columnsOf(result)).toEqual(columns);
      expect(rowsOf(result)).toEqual(rows);
    });
  }

  it('on empty input: no rows with keys, one row without', () => {
    const empty = tableOf('IPAddress:string', []);
    expect(rowsOf(summarize(empty, { keys: [ip], aggregates: [agg('n', 'count')] }))).toEqual([]);
    expect(rowsOf(summarize(empty, { keys: [], aggregates: [agg('n', 'count')] }))).toEqual([[0]]);
  });

  it('groups many distinct key pairs (hash path beyond the direct lookup table)', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => [`u${i % 2500}`, i % 1000]);
    const table = tableOf('U:string, K:long', rows);
    const result = summarize(table, {
      keys: [
        { name: 'U', expr: col('U', 'string') },
        { name: 'K', expr: col('K', 'long') },
      ],
      aggregates: [agg('n', 'count')],
    });
    // i and i+5000 would collide only if both (i % 2500, i % 1000) repeat: lcm(2500,1000) = 5000.
    expect(result.rowCount).toBe(5000);
  });
});
