import { describe, expect, it } from 'vitest';
import { database, expectCase, failureCodes, type QueryCase, table } from './support/builders.ts';

// partition-operator.md (dataexplorer-docs): the native, legacy-with-source and partition-reference forms
// over a small StormEvents stand-in, and the geo-point-in-polygon-function.md query that partitions polygons.
const db = database({
  StormEvents: table('State:string, EventType:string, InjuriesDirect:long, InjuriesIndirect:long', [
    ['WYOMING', 'Hail', 0, 0],
    ['WYOMING', 'Hail', 0, 1],
    ['WYOMING', 'High Wind', 5, 0],
    ['WASHINGTON', 'Heavy Snow', 0, 2],
    ['WASHINGTON', 'High Wind', 13, 0],
    ['WASHINGTON', 'High Wind', 0, 1],
    ['TEXAS', 'Hail', 9, 0],
  ]),
  Metrics: table('Dim:string, Metric:real', [
    ['a', 1],
    ['b', 10],
    ['a', 3],
  ]),
});

const cases: QueryCase[] = [
  {
    name: 'native strategy: the subquery runs over each State, results in order of the first rows',
    query: `StormEvents
      | where State startswith 'W'
      | partition hint.strategy = native by State
          (
          summarize TotalInjuries = sum(InjuriesDirect) by EventType
          | top 1 by TotalInjuries
          )`,
    columns: ['EventType:string', 'TotalInjuries:long'],
    rows: [
      ['High Wind', 5],
      ['High Wind', 13],
    ],
  },
  {
    name: 'the key column is in each partition: summarize … by EventType, State keeps it',
    query: `StormEvents
      | partition hint.strategy=native by State (summarize Events=count() by EventType, State | top 1 by Events)`,
    rows: [
      ['Hail', 'WYOMING', 2],
      ['High Wind', 'WASHINGTON', 2],
      ['Hail', 'TEXAS', 1],
    ],
  },
  {
    name: 'shuffle strategy: the same result as native, here counted',
    query: `StormEvents
      | partition hint.strategy=shuffle by State (top 2 by InjuriesDirect | project State, InjuriesDirect)
      | count`,
    rows: [[5]],
  },
  {
    name: 'legacy strategy with explicit source: the key column names the partition value',
    query: `range x from 1 to 2 step 1
      | partition hint.strategy=legacy by x {StormEvents | where x == InjuriesIndirect}
      | count`,
    rows: [[3]],
  },
  {
    name: 'toscalar(Column) reads the key in the braces form',
    query: `datatable(k:string)['a', 'b', 'a']
      | partition by k { print key = toscalar(k) }`,
    rows: [['a'], ['b']],
  },
  {
    name: 'partition reference: as Partition names each part, toscalar over it is computed per partition',
    query: `Metrics
      | partition by Dim
      (
          as Partition
          | extend MetricPct = Metric * 100.0 / toscalar(Partition | summarize sum(Metric))
      )`,
    rows: [
      ['a', 1, 25],
      ['a', 3, 75],
      ['b', 10, 100],
    ],
  },
  {
    name: 'an empty input gives no rows with the subquery columns',
    query: `StormEvents | where State == 'none' | partition hint.strategy=native by State (count)`,
    columns: ['Count:long'],
    rows: [],
  },
  {
    name: 'geo-point-in-polygon-function.md: each polygon partition tests the locations',
    query: `let Polygons = datatable(description:string, polygon:dynamic)
        [
          "Square A", dynamic({"type":"Polygon","coordinates":[[[0,0],[2,0],[2,2],[0,2],[0,0]]]}),
          "Square B", dynamic({"type":"Polygon","coordinates":[[[10,10],[12,10],[12,12],[10,12],[10,10]]]}),
        ];
      let Locations = datatable(longitude:real, latitude:real)[1, 1, 11, 11, 5, 5];
      Polygons
      | project polygonPartition = tostring(pack("description", description, "polygon", polygon))
      | partition hint.materialized=true hint.strategy=native by polygonPartition
      {
           Locations
           | extend description = parse_json(toscalar(polygonPartition)).description
           | extend polygon = parse_json(toscalar(polygonPartition)).polygon
           | where geo_point_in_polygon(longitude, latitude, polygon)
           | project-away polygon
      }`,
    wire: true,
    rows: [
      [1, 1, 'Square A'],
      [11, 11, 'Square B'],
    ],
  },
];

describe('partition', () => {
  it.each(cases)('$name', (c) => expectCase(db, c));

  it('refuses an unknown key column and, with the legacy strategy, more than 64 partitions', async () => {
    expect(await failureCodes(db, 'StormEvents | partition by Nope (count)')).toEqual(['KQL0012']);
    expect(await failureCodes(db, 'range x from 1 to 65 step 1 | partition by x (count)')).toEqual(['KQLR003']);
    expect(await failureCodes(db, 'range x from 1 to 65 step 1 | partition hint.strategy=native by x (count)')).toEqual(
      [],
    );
  });
});
