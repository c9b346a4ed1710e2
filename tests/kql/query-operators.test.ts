import { describe, expect, it } from 'vitest';
import { database, expectCase, failureCodes, ms, type QueryCase, table } from './support/builders.ts';

const db = database({
  Logons: table('User:string, Ip:string, Count:long, When:datetime, Props:dynamic', [
    ['alice', '10.0.0.1', 3, ms('2024-01-01T01:00:00Z'), { city: 'Seattle' }],
    ['bob', '10.0.0.2', 5, ms('2024-01-01T02:00:00Z'), { city: 'Berlin' }],
    ['alice', '10.0.0.3', 1, ms('2024-01-01T03:00:00Z'), null],
    ['carol', '10.0.0.1', null, ms('2024-01-01T04:00:00Z'), { city: 'Tokyo' }],
  ]),
});

const cases: QueryCase[] = [
  {
    name: 'where and filter',
    query: 'Logons | where User == "alice" | filter Count > 1 | project Ip',
    rows: [['10.0.0.1']],
  },
  {
    name: 'extend adds columns left to right and replaces in place',
    query: 'Logons | take 1 | extend Double = Count * 2, Quad = Double * 2, Count = 0 | project-away When, Props',
    columns: ['User:string', 'Ip:string', 'Count:long', 'Double:long', 'Quad:long'],
    rows: [['alice', '10.0.0.1', 0, 6, 12]],
  },
  {
    name: 'extend with a derived name replaces that column; nameless expressions get Column1',
    query: 'Logons | take 1 | project When, Count | extend bin(When, 1d), Count * 2',
    wire: true,
    columns: ['When:datetime', 'Count:long', 'Column1:long'],
    rows: [['2024-01-01T00:00:00Z', 3, 6]],
  },
  {
    name: 'project computes, renames and names paths after their parts',
    query: 'Logons | take 2 | project Who = User, tostring(Props.city), Count',
    columns: ['Who:string', 'Props_city:string', 'Count:long'],
    rows: [
      ['alice', 'Seattle', 3],
      ['bob', 'Berlin', 5],
    ],
  },
  {
    name: 'implicit names follow Kusto: Column1 for tolower, strlen_X for strlen',
    query: 'Logons | take 1 | project tolower(User), strlen(User), bin(Count, 2)',
    columns: ['Column1:string', 'strlen_User:long', 'Count:long'],
    rows: [['alice', 5, 2]],
  },
  {
    name: 'pack_all() packs the columns present before it',
    query: 'Logons | take 1 | project User, Count | extend All = pack_all()',
    rows: [['alice', 3, { User: 'alice', Count: 3 }]],
  },
  {
    // pack-all-function.md: a later assignment of the same extend does not see Packed; true leaves out
    // null and empty values.
    name: 'pack_all() in extend packs the input row only; pack_all(true) leaves out null and empty values',
    query: `datatable(Source:string, Target:string, CharsCount:long) ['555-1313', '', 42, '', '555-3456', long(null)]
      | extend Packed = pack_all(), PackedIgnoreNullEmpty = pack_all(true)`,
    rows: [
      ['555-1313', '', 42, { Source: '555-1313', Target: '', CharsCount: 42 }, { Source: '555-1313', CharsCount: 42 }],
      ['', '555-3456', null, { Source: '', Target: '555-3456', CharsCount: null }, { Target: '555-3456' }],
    ],
  },
  {
    name: 'project-away with a wildcard',
    query: 'Logons | take 1 | project-away P*, When',
    columns: ['User:string', 'Ip:string', 'Count:long'],
    rows: [['alice', '10.0.0.1', 3]],
  },
  {
    name: 'project-keep',
    query: 'Logons | take 1 | project-keep U*, Count',
    columns: ['User:string', 'Count:long'],
    rows: [['alice', 3]],
  },
  {
    name: 'project-rename keeps the position',
    query: 'Logons | take 1 | project-rename Address = Ip | project-away When, Props',
    columns: ['User:string', 'Address:string', 'Count:long'],
    rows: [['alice', '10.0.0.1', 3]],
  },
  {
    name: 'project-reorder',
    query: 'Logons | take 1 | project-reorder Count, Ip | project-away When, Props',
    columns: ['Count:long', 'Ip:string', 'User:string'],
    rows: [[3, '10.0.0.1', 'alice']],
  },
  {
    name: 'sort defaults to descending, nulls last',
    query: 'Logons | sort by Count | project Count',
    rows: [[5], [3], [1], [null]],
  },
  {
    name: 'order by asc puts nulls first',
    query: 'Logons | order by Count asc | project Count',
    rows: [[null], [1], [3], [5]],
  },
  {
    name: 'sort with nulls last and a second key',
    query: 'Logons | sort by User asc, Count asc nulls last | project User, Count',
    rows: [
      ['alice', 1],
      ['alice', 3],
      ['bob', 5],
      ['carol', null],
    ],
  },
  { name: 'top', query: 'Logons | top 2 by Count | project User', rows: [['bob'], ['alice']] },
  { name: 'take and limit', query: 'Logons | limit 3 | take 2 | count', rows: [[2]] },
  { name: 'take with a let count', query: 'let n = 1; Logons | take n | project User', rows: [['alice']] },
  {
    name: 'distinct columns',
    query: 'Logons | distinct User | sort by User asc',
    rows: [['alice'], ['bob'], ['carol']],
  },
  {
    // Microsoft's parser reads distinct's items as named expressions (ugurkocde KQL_Intune
    // Device-DevicesRegisteredButNotManagedByIntune.kql writes `distinct …, ['Joined Intune Date:'] = CreatedDate`).
    name: 'distinct with named and computed items',
    query:
      "Logons | distinct ['First Seen:'] = bin(When, 1d), city = tostring(Props.city), tolower(User) | where city != ''",
    columns: ['First Seen::datetime', 'city:string', 'Column1:string'],
    rows: [
      [ms('2024-01-01T00:00:00Z'), 'Seattle', 'alice'],
      [ms('2024-01-01T00:00:00Z'), 'Berlin', 'bob'],
      [ms('2024-01-01T00:00:00Z'), 'Tokyo', 'carol'],
    ],
  },
  { name: 'distinct *', query: 'Logons | project User | distinct * | count', rows: [[3]] },
  { name: 'count', query: 'Logons | count', columns: ['Count:long'], rows: [[4]] },
  {
    name: 'serialize with prev, next and row_number',
    query:
      'Logons | serialize Rank = row_number() | extend Before = prev(User), After = next(User, 1, "none") | project Rank, Before, After',
    rows: [
      [1, '', 'bob'],
      [2, 'alice', 'alice'],
      [3, 'bob', 'carol'],
      [4, 'alice', 'none'],
    ],
  },
  {
    name: 'row_cumsum after sort',
    query: 'Logons | where isnotnull(Count) | sort by When asc | extend Total = row_cumsum(Count) | project Total',
    rows: [[3], [8], [9]],
  },
  {
    // row-rank-dense-function.md, row-rank-min-function.md: equal terms share a rank.
    name: 'row_rank_dense and row_rank_min after sort',
    query:
      'datatable(D:long) [3, 100, 3, 2, 3] | sort by D asc | extend Dense = row_rank_dense(D), Min = row_rank_min(D) | project D, Dense, Min',
    rows: [
      [2, 1, 1],
      [3, 2, 2],
      [3, 2, 2],
      [3, 2, 2],
      [100, 3, 5],
    ],
  },
  {
    name: 'as names a result for withsource',
    query: 'Logons | take 1 | as Picked | union withsource=Src (Logons | take 0) | project Src',
    rows: [['Picked']],
  },
  {
    name: 'getschema',
    query: 'Logons | project User, Count | getschema | project ColumnName, ColumnType',
    rows: [
      ['User', 'string'],
      ['Count', 'long'],
    ],
  },
  // Unnamed print columns are print_<position> (dataexplorer-docs print-operator.md).
  { name: 'print', query: 'print x = 1, "y"', columns: ['x:long', 'print_1:string'], rows: [[1, 'y']] },
  { name: 'range', query: 'range i from 1 to 7 step 3', columns: ['i:long'], rows: [[1], [4], [7]] },
  { name: 'datatable', query: 'datatable(a:string, b:long) ["x", 1, "y", 2] | where b > 1', rows: [['y', 2]] },
  { name: 'sample takes the first rows (reproducible)', query: 'Logons | sample 1 | project User', rows: [['alice']] },
];

describe('tabular operators', () => {
  it.each(cases)('$name', (c) => expectCase(db, c));

  it('project-rename refuses an expression where the column goes, as Kusto KS109 (TrackingPrivAccounts.yaml)', async () => {
    expect(
      await failureCodes(db, 'Logons | project-rename Key = strcat(User, "-", Ip), Address = Ip, Seen = When'),
    ).toEqual(['KQL0036']);
  });
});

describe('datatable', () => {
  it('reports a value that does not fit its column type as a type mismatch, not an internal error', async () => {
    // Left out, the value would leave its column short of rows, and building the table failed.
    expect(await failureCodes(db, "datatable(a:long, b:string) ['1', 'x', 2, 'y']")).toEqual(['KQL0030']);
  });
});
