import { describe, expect, it } from 'vitest';
import { callScalar, dyn } from '../support/helpers.ts';
import { notAPolygon, path, polygon } from './support/shapes.ts';

// geo-union-polygons-array-function.md, geo-intersection-2polygons-function.md, geo-polygon-area-function.md.
const left = polygon(path(0, 0, 0.02, 0, 0.02, 0.02, 0, 0.02, 0, 0));
const right = polygon(path(0.01, 0.01, 0.03, 0.01, 0.03, 0.03, 0.01, 0.03, 0.01, 0.01));
const far = polygon(path(1, 1, 1.01, 1, 1.01, 1.01, 1, 1));
const area = (shape: unknown) => callScalar('geo_polygon_area', dyn(shape)) as number;

describe('polygon union and intersection', () => {
  it('unions overlapping polygons into one and keeps apart ones as a multipolygon', () => {
    const union = callScalar('geo_union_polygons_array', dyn([left, right])) as {
      type: string;
      coordinates: number[][][];
    };
    expect(union.type).toBe('Polygon');
    expect(union.coordinates[0]).toHaveLength(9);
    expect((callScalar('geo_union_polygons_array', dyn([left, far])) as { type: string }).type).toBe('MultiPolygon');
    expect(callScalar('geo_union_polygons_array', dyn([left, notAPolygon]))).toBeNull();
  });

  it('intersects to the shared square, or to an empty collection', () => {
    const shared = callScalar('geo_intersection_2polygons', dyn(left), dyn(right));
    expect(area(shared)).toBeCloseTo(
      area(polygon(path(0.01, 0.01, 0.02, 0.01, 0.02, 0.02, 0.01, 0.02, 0.01, 0.01))),
      0,
    );
    expect(callScalar('geo_intersection_2polygons', dyn(left), dyn(far))).toEqual({
      type: 'GeometryCollection',
      geometries: [],
    });
    expect(callScalar('geo_intersection_2polygons', dyn(left), dyn(notAPolygon))).toBeNull();
  });

  it('measures a multipolygon as the union of its parts', () => {
    const overlapping = { type: 'MultiPolygon', coordinates: [left.coordinates, right.coordinates] };
    const union = callScalar('geo_union_polygons_array', dyn([left, right]));
    expect(area(overlapping)).toBeCloseTo(area(union), 3);
    expect(area(overlapping)).toBeLessThan(area(left) + area(right));
  });
});

// geo-union-lines-array-function.md, geo-simplify-polygons-array-function.md.
describe('arrays of lines and polygons', () => {
  const line = (...lngLat: number[]) => ({ type: 'LineString', coordinates: path(...lngLat) });

  it('joins lines that share edges into one line, each edge once', () => {
    const union = callScalar(
      'geo_union_lines_array',
      dyn([line(0, 0, 1, 1, 2, 0), line(1, 1, 2, 0, 3, 1), line(1, 1, 2, 0)]),
    );
    expect(union).toEqual({ type: 'LineString', coordinates: path(0, 0, 1, 1, 2, 0, 3, 1) });
    const apart = callScalar('geo_union_lines_array', dyn([line(0, 0, 1, 1), line(5, 5, 6, 6)])) as { type: string };
    expect(apart.type).toBe('MultiLineString');
    expect(callScalar('geo_union_lines_array', dyn([line(0, 0, 1, 1), line(1, 1)]))).toBeNull();
  });

  it('unions polygons and simplifies the result; null when all collapse or one is invalid', () => {
    const simplified = callScalar('geo_simplify_polygons_array', dyn([left, right])) as { type: string };
    expect(simplified.type).toBe('Polygon');
    expect(callScalar('geo_simplify_polygons_array', dyn([left, right]), dyn(100_000))).toBeNull();
    expect(callScalar('geo_simplify_polygons_array', dyn([left, notAPolygon]))).toBeNull();
  });
});
