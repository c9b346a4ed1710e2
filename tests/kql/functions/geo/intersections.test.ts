import { describe, expect, it } from 'vitest';
import { callScalar, dyn } from '../support/helpers.ts';

// geo-intersects-*-function.md and geo-intersection-*-function.md: geodesic edges; invalid shapes give null.
const lineString = (...points: number[][]) => ({ type: 'LineString', coordinates: points });
const cross1 = lineString([-73.978929, 40.785155], [-73.980903, 40.782621]);
const cross2 = lineString([-73.985195, 40.788275], [-73.974552, 40.779761]);
const triangle = {
  type: 'Polygon',
  coordinates: [
    [
      [-73.9712905883789, 40.78580561168767],
      [-73.98004531860352, 40.775276834803655],
      [-73.97000312805176, 40.77852663535664],
      [-73.9712905883789, 40.78580561168767],
    ],
  ],
};

describe('geo intersections', () => {
  it('tells whether lines, a line and a polygon, or two polygons meet', () => {
    expect(callScalar('geo_intersects_2lines', dyn(cross1), dyn(cross2))).toBe(true);
    expect(callScalar('geo_intersects_2lines', dyn(lineString([1, 1], [2, 2])), dyn(lineString([3, 3], [4, 4])))).toBe(
      false,
    );
    expect(callScalar('geo_intersects_line_with_polygon', dyn(cross2), dyn(triangle))).toBe(true);
    expect(callScalar('geo_intersects_2polygons', dyn(triangle), dyn(triangle))).toBe(true);
    expect(callScalar('geo_intersects_2lines', dyn(cross1), dyn(lineString([1, 1])))).toBeNull();
  });

  it('gives the documented crossing point, a shared line, or an empty collection', () => {
    const point = callScalar('geo_intersection_2lines', dyn(cross1), dyn(cross2)) as { coordinates: number[] };
    expect(point.coordinates[0]).toBeCloseTo(-73.97983711667098, 9);
    expect(point.coordinates[1]).toBeCloseTo(40.783989289772165, 9);
    expect(callScalar('geo_intersection_2lines', dyn(cross1), dyn(cross1))).toEqual(cross1);
    expect(
      callScalar('geo_intersection_2lines', dyn(lineString([1, 1], [2, 2])), dyn(lineString([3, 3], [4, 4]))),
    ).toEqual({
      type: 'GeometryCollection',
      geometries: [],
    });
  });

  it('clips a line to a polygon, holes cut out', () => {
    const clipped = callScalar('geo_intersection_line_with_polygon', dyn(cross2), dyn(triangle)) as {
      type: string;
      coordinates: number[][];
    };
    expect(clipped.type).toBe('LineString');
    expect(clipped.coordinates[0][0]).toBeCloseTo(-73.975611956578192, 9);
    expect(clipped.coordinates[1]).toEqual([-73.974552, 40.779761]);
    const holed = {
      type: 'Polygon',
      coordinates: [
        [
          [-90.263, 36.738],
          [-102.041, 45.274],
          [-109.335, 36.527],
          [-90.263, 36.738],
        ],
        [
          [-100.393, 41.705],
          [-103.139, 38.925],
          [-97.558, 39.113],
          [-100.393, 41.705],
        ],
      ],
    };
    const parts = callScalar(
      'geo_intersection_line_with_polygon',
      dyn(lineString([-110.522, 39.198], [-91.428, 40.88])),
      dyn(holed),
    );
    expect(parts).toMatchObject({ type: 'MultiLineString' });
    expect((parts as { coordinates: unknown[] }).coordinates).toHaveLength(2);
  });
});
