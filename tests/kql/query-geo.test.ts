import { describe, expect, it } from 'vitest';
import { database, expectCase, failureCodes, type QueryCase, run, table } from './support/builders.ts';

// geo-polygon-lookup-plugin.md and geo-line-lookup-plugin.md (dataexplorer-docs): each location joins every shape
// that contains it (or lies within the radius), return_unmatched keeps the rest, the shape column only on request.
const square = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ],
  ],
};
const inner = {
  type: 'Polygon',
  coordinates: [
    [
      [4, 4],
      [6, 4],
      [6, 6],
      [4, 6],
      [4, 4],
    ],
  ],
};
const db = database({
  Areas: table('name:string, area:dynamic', [
    ['square', square],
    ['inner', inner],
    ['broken', { type: 'Polygon', coordinates: [] }],
  ]),
  Roads: table('road:string, line:dynamic', [
    [
      'equator',
      {
        type: 'LineString',
        coordinates: [
          [0, 0],
          [10, 0],
        ],
      },
    ],
  ]),
  Places: table('place:string, lng:real, lat:real', [
    ['centre', 5, 5],
    ['corner', 1, 1],
    ['outside', 20, 20],
    ['nowhere', 300, 1],
    ['near equator', 5, -0.001],
  ]),
});

const cases: QueryCase[] = [
  {
    name: 'polygon lookup: one row per containing polygon; the shape column hidden by default',
    query: 'Places | evaluate geo_polygon_lookup(Areas, area, lng, lat) | project place, name',
    columns: ['place:string', 'name:string'],
    rows: [
      ['centre', 'square'],
      ['centre', 'inner'],
      ['corner', 'square'],
    ],
    unordered: true,
  },
  {
    name: 'polygon lookup: return_unmatched keeps the rest; return_lookup_key adds the shape',
    query:
      'Places | evaluate geo_polygon_lookup(Areas, area, lng, lat, return_unmatched = true, return_lookup_key = true) | where place != "centre" | project place, name, isnull(area)',
    rows: [
      ['corner', 'square', false],
      ['outside', '', true],
      ['nowhere', '', true],
      ['near equator', '', true],
    ],
    unordered: true,
  },
  {
    name: 'polygon lookup: a radius in meters matches locations that near the boundary',
    query:
      'Places | evaluate geo_polygon_lookup(Areas, area, lng, lat, radius = 200) | where name == "square" | project place',
    rows: [['centre'], ['corner'], ['near equator']],
    unordered: true,
  },
  {
    name: 'line lookup: within the required radius of the line',
    query: 'Places | evaluate geo_line_lookup(Roads, line, lng, lat, 200) | project place, road',
    rows: [['near equator', 'equator']],
  },
];

describe('evaluate geo_polygon_lookup / geo_line_lookup', () => {
  it.each(cases)('$name', (c) => expectCase(db, c));

  it('names a missing column, a missing line radius and a negative radius', async () => {
    expect(await failureCodes(db, 'Places | evaluate geo_polygon_lookup(Areas, nope, lng, lat)')).toEqual(['KQL0036']);
    expect(await failureCodes(db, 'Places | evaluate geo_line_lookup(Roads, line, lng, lat)')).toEqual(['KQL0036']);
    expect(await failureCodes(db, 'Places | evaluate geo_polygon_lookup(Areas, area, lng, lat, radius = -1)')).toEqual([
      'KQL0036',
    ]);
  });
});

// Kusto.Language names no geo_* result after its arguments (ResultNameKind.None for all of them).
describe('geo function results in whole queries', () => {
  it('are unnamed: print_0 in print, Column1 in extend', async () => {
    const printed = await run(
      db,
      'let line = dynamic({"type":"LineString","coordinates":[[0,0],[1,1]]}); print geo_line_length(line)',
    );
    expect(printed.columns).toEqual(['print_0:real']);
    const extended = await run(
      db,
      'Places | take 1 | extend geo_point_to_geohash(lng, lat) | project-away place, lng, lat',
    );
    expect(extended.columns).toEqual(['Column1:string']);
  });
});
