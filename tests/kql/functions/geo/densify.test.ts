import { describe, expect, it } from 'vitest';
import { callScalar, dyn, int, real } from '../support/helpers.ts';
import { continent, notAPolygon } from './support/shapes.ts';

// geo-line-densify-function.md, geo-polygon-densify-function.md: planar edges halved until within the tolerance
// (10 m by default) of the geodesic; meridians need no points; a tolerance outside [0.1, 10000] gives null.
describe('geo_line_densify / geo_polygon_densify', () => {
  it('halves [50,50]→[51,51] into the eight pieces the page documents', () => {
    const line = callScalar(
      'geo_line_densify',
      dyn({
        type: 'LineString',
        coordinates: [
          [50, 50],
          [51, 51],
        ],
      }),
    );
    expect((line as { coordinates: number[][] }).coordinates.map(([lng]) => lng)).toEqual([
      50, 50.125, 50.25, 50.375, 50.5, 50.625, 50.75, 50.875, 51,
    ]);
  });

  it('adds points to the parallels of a polygon, none to its meridians, and keeps the geometry type', () => {
    const square = {
      type: 'Polygon',
      coordinates: [
        [
          [10, 10],
          [11, 10],
          [11, 11],
          [10, 11],
          [10, 10],
        ],
      ],
    };
    const dense = callScalar('geo_polygon_densify', dyn(square)) as { type: string; coordinates: number[][][] };
    expect(dense.type).toBe('Polygon');
    expect(dense.coordinates[0]).toHaveLength(11);
    const multi = {
      type: 'MultiLineString',
      coordinates: [
        [
          [50, 50],
          [51, 51],
        ],
      ],
    };
    expect((callScalar('geo_line_densify', dyn(multi), real(1000)) as { type: string }).type).toBe('MultiLineString');
  });

  it('is null for a bad shape or tolerance', () => {
    const line = {
      type: 'LineString',
      coordinates: [
        [1, 1],
        [2, 2],
      ],
    };
    expect(callScalar('geo_line_densify', dyn(line), int(0))).toBeNull();
    expect(callScalar('geo_line_densify', dyn(line), int(20000))).toBeNull();
    expect(
      callScalar(
        'geo_line_densify',
        dyn({
          type: 'LineString',
          coordinates: [
            [300, 1],
            [1, 1],
          ],
        }),
      ),
    ).toBeNull();
  });
});

// geo-polygon-to-h3cells-function.md: the cells whose centres are inside; a radius buffers the polygon.
describe('geo_polygon_to_h3cells', () => {
  const madrid = {
    type: 'Polygon',
    coordinates: [
      [
        [-3.659, 40.553],
        [-3.913, 40.409],
        [-3.729, 40.273],
        [-3.524, 40.44],
        [-3.659, 40.553],
      ],
    ],
  };

  it('gives the documented thirteen cells at the default resolution 6', () => {
    const cells = callScalar('geo_polygon_to_h3cells', dyn(madrid)) as string[];
    expect(cells).toHaveLength(13);
    expect(cells).toContain('86390cb57ffffff');
  });

  it('covers more with a buffer radius, and is null for a bad polygon or resolution', () => {
    const buffered = callScalar('geo_polygon_to_h3cells', dyn(madrid), int(6), real(5000)) as string[];
    expect(buffered.length).toBeGreaterThan(13);
    expect(callScalar('geo_polygon_to_h3cells', dyn(notAPolygon))).toBeNull();
    expect(callScalar('geo_polygon_to_h3cells', dyn(madrid), int(16))).toBeNull();
    // A continent at resolution 15 would be billions of cells: refused from its area, not enumerated.
    expect(callScalar('geo_polygon_to_h3cells', dyn(continent), int(15))).toBeNull();
  });
});
