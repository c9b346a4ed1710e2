import { describe, it } from 'vitest';
import { database, expectCase, type QueryCase, table } from './support/builders.ts';

const db = database({
  L: table('k:string, l:long', [
    ['a', 1],
    ['a', 2],
    ['b', 3],
    ['c', 4],
  ]),
  R: table('k:string, r:string', [
    ['a', 'x'],
    ['b', 'y'],
    ['b', 'z'],
    ['d', 'w'],
  ]),
  Names: table('key:string, name:string', [
    ['a', 'Alpha'],
    ['b', 'Beta'],
  ]),
});

const cases: QueryCase[] = [
  {
    name: 'default kind is innerunique: one left row per key',
    query: 'L | join R on k | project k, l, r',
    unordered: true,
    rows: [
      ['a', 1, 'x'],
      ['b', 3, 'y'],
      ['b', 3, 'z'],
    ],
  },
  {
    // join-innerunique.md: a filter on left columns after the join is applied before the left side is
    // deduplicated, so it finds l == 2 although innerunique alone keeps the first 'a' row.
    name: 'a where on left columns after an innerunique join filters the left side first',
    query: 'L | join kind=innerunique R on k | where l == 2 | project k, l, r',
    rows: [['a', 2, 'x']],
  },
  {
    // A filter reading a right column (r) stays after the join: innerunique has already kept l == 1 for 'a'.
    name: 'a where reading right columns after an innerunique join stays after it',
    query: 'L | join R on k | where r == "x" and l == 2 | project k, l, r',
    rows: [],
  },
  {
    name: 'inner keeps every left row, right key repeated with a 1 suffix',
    query: 'L | join kind=inner R on k',
    columns: ['k:string', 'l:long', 'k1:string', 'r:string'],
    unordered: true,
    rows: [
      ['a', 1, 'a', 'x'],
      ['a', 2, 'a', 'x'],
      ['b', 3, 'b', 'y'],
      ['b', 3, 'b', 'z'],
    ],
  },
  {
    name: 'leftouter fills the missing side with nulls',
    query: 'L | join kind=leftouter R on k | where k == "c" | project k, l, k1, r',
    rows: [['c', 4, '', '']],
  },
  {
    name: 'rightouter',
    query: 'L | join kind=rightouter R on k | where k1 == "d" | project k, k1, r',
    rows: [['', 'd', 'w']],
  },
  { name: 'fullouter', query: 'L | join kind=fullouter R on k | count', rows: [[6]] },
  { name: 'leftanti and its anti alias', query: 'L | join kind=anti R on k | project k', rows: [['c']] },
  { name: 'rightanti', query: 'L | join kind=rightanti R on k', columns: ['k:string', 'r:string'], rows: [['d', 'w']] },
  { name: 'leftsemi', query: 'L | join kind=leftsemi R on k | project l', rows: [[1], [2], [3]] },
  { name: 'rightsemi', query: 'L | join kind=rightsemi R on k | project r', rows: [['x'], ['y'], ['z']] },
  {
    name: '$left/$right with different names and hints ignored',
    query: 'L | join kind=inner hint.strategy=broadcast (Names) on $left.k == $right.key | project l, name',
    unordered: true,
    rows: [
      [1, 'Alpha'],
      [2, 'Alpha'],
      [3, 'Beta'],
    ],
  },
  {
    name: "$left.['Asset Name'] names a column that needs brackets (as Solutions/UEBA Essentials' terminatedEmployee queries write)",
    query: `L | project ['Asset Name'] = k, l
      | join kind=inner (Names | project ['User Principal Name'] = key, name) on $left.['Asset Name'] == $right.["User Principal Name"]
      | project l, name`,
    unordered: true,
    rows: [
      [1, 'Alpha'],
      [2, 'Alpha'],
      [3, 'Beta'],
    ],
  },
  {
    name: 'lookup extends without repeating the key',
    query: 'L | lookup (Names | project k = key, name) on k',
    columns: ['k:string', 'l:long', 'name:string'],
    rows: [
      ['a', 1, 'Alpha'],
      ['a', 2, 'Alpha'],
      ['b', 3, 'Beta'],
      ['c', 4, ''],
    ],
  },
  {
    name: 'lookup kind=inner',
    query: 'L | lookup kind=inner (Names | project k = key, name) on k | count',
    rows: [[3]],
  },
];

describe('join and lookup', () => {
  it.each(cases)('$name', (c) => expectCase(db, c));
});
