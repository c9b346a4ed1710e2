import { describe, expect, it } from 'vitest';
import { callScalar, dyn, int } from '../support/helpers.ts';

// geo-line-simplify-function.md, geo-polygon-simplify-function.md: Douglas–Peucker on the sphere with a tolerance
// in meters (10 by default); a shape that collapses within the tolerance, or a negative tolerance, gives null.
describe('geo_line_simplify / geo_polygon_simplify', () => {
  it('keeps the ends of a nearly straight street (the documented example)', () => {
    const street = {
      type: 'LineString',
      coordinates: [
        [-73.97033169865608, 40.789063020152824],
        [-73.9704617857933, 40.78888837512432],
        [-73.97065222263336, 40.78862640672032],
        [-73.97079303860664, 40.788434498977836],
      ],
    };
    expect(callScalar('geo_line_simplify', dyn(street), int(10))).toEqual({
      type: 'LineString',
      coordinates: [street.coordinates[0], street.coordinates[3]],
    });
  });

  it('keeps a vertex farther than the tolerance from the shortcut', () => {
    const bent = {
      type: 'LineString',
      coordinates: [
        [0, 0],
        [0.5, 0.01],
        [1, 0],
      ],
    };
    expect(
      (callScalar('geo_line_simplify', dyn(bent), int(10)) as { coordinates: unknown[] }).coordinates,
    ).toHaveLength(3);
    expect(
      (callScalar('geo_line_simplify', dyn(bent), int(5000)) as { coordinates: unknown[] }).coordinates,
    ).toHaveLength(2);
  });

  it('simplifies polygon rings and lets a polygon smaller than the tolerance disappear', () => {
    const square = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [0.5, 0.000001],
          [1, 0],
          [1, 1],
          [0, 1],
          [0, 0],
        ],
      ],
    };
    expect(
      (callScalar('geo_polygon_simplify', dyn(square)) as { coordinates: unknown[][] }).coordinates[0],
    ).toHaveLength(5);
    expect(callScalar('geo_polygon_simplify', dyn(square), int(1_000_000))).toBeNull();
    expect(callScalar('geo_polygon_simplify', dyn(square), int(-1))).toBeNull();
    expect(
      callScalar(
        'geo_line_simplify',
        dyn({
          type: 'LineString',
          coordinates: [
            [1.1, 1.1],
            [1.2, 1.2],
          ],
        }),
        int(100000),
      ),
    ).toBeNull();
  });
});
