import { describe, it } from 'vitest';
import { database, expectCase, ms, type QueryCase, table } from './support/builders.ts';

const db = database({
  E: table('Id:long, Roles:dynamic, Bag:dynamic', [
    [1, ['admin', 'user'], { a: 1, b: 2 }],
    [2, [], {}],
    [3, null, null],
  ]),
  Msg: table('Text:string', [
    ['Failed password for invalid user admin from 203.0.113.5 port 2222 ssh2'],
    ['Accepted password for alice from 10.0.0.4 port 50000 ssh2'],
  ]),
  Ev: table('When:datetime, User:string', [
    [ms('2024-01-01T00:10:00Z'), 'a'],
    [ms('2024-01-01T00:20:00Z'), 'a'],
    [ms('2024-01-01T02:30:00Z'), 'b'],
  ]),
  H: table('Host:string, Logins:dynamic', [
    ['h1', [{ n: 3 }, { n: 5 }, { n: 1 }]],
    ['h2', [{ n: 2 }]],
  ]),
});

const cases: QueryCase[] = [
  {
    name: 'mv-expand arrays: empty arrays drop the row, null keeps one',
    query: 'E | mv-expand Roles | project Id, Roles',
    rows: [
      [1, 'admin'],
      [1, 'user'],
      [3, null],
    ],
  },
  {
    name: 'mvexpand alias with to typeof()',
    query: 'E | where Id == 1 | mvexpand Role = Roles to typeof(string) | project Role',
    columns: ['Role:string'],
    rows: [['admin'], ['user']],
  },
  {
    name: 'mv-expand bags into one-property bags',
    query: 'E | where Id == 1 | mv-expand Bag | project Bag',
    rows: [[{ a: 1 }], [{ b: 2 }]],
  },
  {
    name: 'bagexpansion=array',
    query: 'E | where Id == 1 | mv-expand bagexpansion=array Bag | project Bag',
    rows: [[['a', 1]], [['b', 2]]],
  },
  {
    name: 'with_itemindex and limit',
    query: 'E | where Id == 1 | mv-expand with_itemindex=i Roles limit 1 | project i, Roles',
    rows: [[0, 'admin']],
  },
  {
    name: 'parse with wildcards and typed captures',
    query: 'Msg | parse Text with * "user " User " from " Ip " port " Port:long " " * | project User, Ip, Port',
    rows: [
      ['admin', '203.0.113.5', 2222],
      ['', '', null],
    ],
  },
  {
    name: 'parse kind=regex',
    query: 'Msg | parse kind=regex Text with * @"for " Who @" from " * | project Who',
    rows: [['invalid user admin'], ['alice']],
  },
  {
    name: 'parse-where drops rows that do not match',
    query: 'Msg | parse-where Text with "Accepted password for " User " " * | project User',
    rows: [['alice']],
  },
  {
    name: 'make-series fills empty bins with the default',
    query:
      'Ev | make-series n = count() default = 0 on When from datetime(2024-01-01) to datetime(2024-01-01T03:00:00Z) step 1h by User | project User, n',
    rows: [
      ['a', [2, 0, 0]],
      ['b', [0, 0, 1]],
    ],
  },
  {
    name: 'make-series with in range() and the axis column',
    query:
      'Ev | make-series count() on When in range(datetime(2024-01-01), datetime(2024-01-01T02:00:00Z), 1h) | project count_, When',
    rows: [
      [
        [2, 0],
        ['2024-01-01T00:00:00.0000000Z', '2024-01-01T01:00:00.0000000Z'],
      ],
    ],
  },
  {
    // make-series-operator.md: kind=nonempty gives one default row for an empty input; a named plain
    // expression takes a value of the bin's rows, its default elsewhere.
    name: 'make-series kind=nonempty over no rows, and a named constant with its default',
    query: `Ev | where User == "none"
      | make-series kind=nonempty n = count() default = 7 on When from datetime(2024-01-01) to datetime(2024-01-01T02:00:00Z) step 1h
      | union (Ev | make-series n = count(), other = -1 default = -2 on When from datetime(2024-01-01) to datetime(2024-01-01T03:00:00Z) step 1h)
      | project n, other`,
    rows: [
      [[7, 7], null],
      [
        [2, 0, 1],
        [-1, -2, -1],
      ],
    ],
  },
  {
    // As Microsoft's analyzer names them: the given name takes the first column, the others keep series_stats_s_<suffix>.
    name: 'series_stats spreads into columns named after the function and its argument',
    query:
      'print s = dynamic([1, 2, 3]) | extend Stats = series_stats(s) | project Stats, series_stats_s_max, series_stats_s_avg',
    rows: [[1, 3, 2]],
  },
  {
    name: 'tuple assignment of a multi-column function',
    query:
      'print s = dynamic([1, 1, 1, 1, 1, 1, 1, 1, 1, 1]) | extend (flags, score, baseline) = series_decompose_anomalies(s) | project array_length(flags)',
    rows: [[10]],
  },
  {
    name: 'mv-apply runs the subquery per row',
    query:
      'H | mv-apply l = Logins on (summarize Top = max(toint(l.n)), Total = sum(toint(l.n))) | project Host, Top, Total',
    rows: [
      ['h1', 5, 9],
      ['h2', 2, 2],
    ],
  },
  {
    // mv-apply-operator.md: with_itemindex gives the subquery the element's 0-based index.
    name: 'mv-apply with_itemindex',
    query: 'H | mv-apply with_itemindex=i l = Logins on (where i >= 1) | project Host, n = toint(l.n), i',
    rows: [
      ['h1', 5, 1],
      ['h1', 1, 2],
    ],
  },
];

describe('mv-expand, parse, make-series, mv-apply and multi-column extend', () => {
  it.each(cases)('$name', (c) => expectCase(db, c));
});
