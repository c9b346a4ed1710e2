import { describe, expect, it } from 'vitest';
import { callScalar, column, dyn, int, real } from '../support/helpers.ts';
import { path, polygon } from './support/shapes.ts';

const square = polygon(path(0, 0, 10, 0, 10, 10, 0, 10, 0, 0));
const line = { type: 'LineString', coordinates: path(0, 0, 0, 10) };
const point = (lng: number, lat: number) => [real(lng), real(lat)];

describe('geo distances (geo-distance-*-function.md, geo-point-in-*-function.md)', () => {
  it('measures great-circle distance on S2’s 6,371,010 m sphere, as the documented 1546754.35197381 m', () => {
    const meters = callScalar(
      'geo_distance_2points',
      ...point(-122.407628, 47.578557),
      ...point(-118.275287, 34.019056),
    );
    expect(meters).toBeCloseTo(1546754.35197381, 6);
  });

  it('is null for a longitude or latitude out of range, or a null coordinate', () => {
    expect(callScalar('geo_distance_2points', ...point(300, 1), ...point(1, 1))).toBeNull();
    expect(callScalar('geo_distance_2points', ...point(1, 91), ...point(1, 1))).toBeNull();
    expect(callScalar('geo_distance_2points', real(null), real(1), ...point(1, 1))).toBeNull();
  });

  it('tells a point within a radius, and null for a negative radius', () => {
    const center = point(-122.100896, 47.527351);
    expect(callScalar('geo_point_in_circle', ...point(-122.143564, 47.535677), ...center, int(3500))).toBe(true);
    expect(callScalar('geo_point_in_circle', ...point(-122.137575, 47.630683), ...center, int(3500))).toBe(false);
    expect(callScalar('geo_point_in_circle', ...point(1, 1), ...point(1, 1), int(-1))).toBeNull();
  });

  it('tests a point against a polygon or multipolygon, holes excluded', () => {
    const holed = polygon(square.coordinates[0], path(4, 4, 6, 4, 6, 6, 4, 6, 4, 4));
    expect(callScalar('geo_point_in_polygon', ...point(2, 2), dyn(holed))).toBe(true);
    expect(callScalar('geo_point_in_polygon', ...point(5, 5), dyn(holed))).toBe(false);
    const multi = { type: 'MultiPolygon', coordinates: [square.coordinates, [path(20, 20, 30, 20, 30, 30, 20, 20)]] };
    expect(callScalar('geo_point_in_polygon', ...point(25, 21), dyn(multi))).toBe(true);
  });

  it('answers null for a polygon Kusto rejects: open ring, fewer than three distinct vertices, not a polygon', () => {
    const degenerate = polygon(path(0, 0, 10, 10, 10, 10, 0, 0));
    const open = polygon(path(0, 0, 10, 0, 10, 10, 0, 10));
    for (const shape of [degenerate, open, line, 'Polygon', null])
      expect(callScalar('geo_point_in_polygon', ...point(1, 1), dyn(shape))).toBeNull();
    expect(callScalar('geo_point_in_polygon', ...point(200, 1), dyn(square))).toBeNull();
  });

  it('gives the distance to a line along geodesic edges: perpendicular inside an edge, to the end beyond it', () => {
    // From (1°, 5°) the great circle through the meridian is reached at asin(sin 1° · cos 5°).
    const perpendicular = 6371010 * Math.asin(Math.sin(Math.PI / 180) * Math.cos((5 * Math.PI) / 180));
    expect(callScalar('geo_distance_point_to_line', ...point(1, 5), dyn(line))).toBeCloseTo(perpendicular, 6);
    const oneDegree = callScalar('geo_distance_2points', ...point(0, 0), ...point(0, 1)) as number;
    expect(callScalar('geo_distance_point_to_line', ...point(0, -1), dyn(line))).toBeCloseTo(oneDegree, 6);
    expect(callScalar('geo_distance_point_to_line', ...point(1, 1), dyn({ type: 'LineString' }))).toBeNull();
  });

  it('is 0 inside a polygon and the distance to its nearest edge outside (documented 259.940756070596 m)', () => {
    const centralPark = polygon(
      path(
        ...[-73.9495, 40.7969, -73.95807266235352, 40.80068603561921, -73.98201942443848, 40.76825672305777],
        ...[-73.97317886352539, 40.76455136505513, -73.9495, 40.7969],
      ),
    );
    const meters = callScalar('geo_distance_point_to_polygon', ...point(-73.9839, 40.7705), dyn(centralPark));
    expect(meters).toBeCloseTo(259.940756070596, 6);
    expect(callScalar('geo_distance_point_to_polygon', ...point(5, 5), dyn(square))).toBe(0);
  });

  it('parses a polygon once per distinct value, and still follows a column whose shape changes', () => {
    const other = polygon(path(20, 20, 30, 20, 30, 30, 20, 20));
    expect(callScalar('geo_point_in_polygon', ...point(5, 5), column(dyn(square)))).toBe(true);
    expect(callScalar('geo_point_in_polygon', ...point(5, 5), column(dyn(other)))).toBe(false);
  });
});
