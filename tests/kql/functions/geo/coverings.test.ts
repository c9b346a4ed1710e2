import { describe, expect, it } from 'vitest';
import { callScalar, dyn, int, real } from '../support/helpers.ts';
import { continent, notAPolygon } from './support/shapes.ts';

// geo-polygon-to-s2cells-function.md: the cells of one level covering a polygon with geodesic edges.
describe('geo_polygon_to_s2cells', () => {
  it('covers the documented continent with 286 cells at level 5', () => {
    expect(callScalar('geo_polygon_to_s2cells', dyn(continent), int(5))).toHaveLength(286);
  });

  it('covers a small polygon with the cell of each of its points at level 11 by default', () => {
    const block = {
      type: 'Polygon',
      coordinates: [
        [
          [-73.99, 40.73],
          [-73.98, 40.73],
          [-73.98, 40.74],
          [-73.99, 40.74],
          [-73.99, 40.73],
        ],
      ],
    };
    const cells = callScalar('geo_polygon_to_s2cells', dyn(block)) as string[];
    expect(cells).toContain(callScalar('geo_point_to_s2cell', real(-73.985), real(40.735)));
    const buffered = callScalar('geo_polygon_to_s2cells', dyn(block), int(11), real(3000)) as string[];
    expect(buffered.length).toBeGreaterThan(cells.length);
  });

  it('is null past 65,536 cells and for a bad level, radius or polygon', () => {
    expect(callScalar('geo_polygon_to_s2cells', dyn(continent), int(30))).toBeNull();
    expect(callScalar('geo_polygon_to_s2cells', dyn(continent), int(31))).toBeNull();
    expect(callScalar('geo_polygon_to_s2cells', dyn(continent), int(5), real(-1))).toBeNull();
    expect(callScalar('geo_polygon_to_s2cells', dyn(notAPolygon))).toBeNull();
  });
});

// geo-point-in-polygon-function.md: polygon edges are geodesics, so a long east–west edge bulges toward the pole.
describe('geodesic polygon edges', () => {
  it('counts a point north of the planar edge but south of the geodesic as inside', () => {
    // The geodesic from (0°, 50°) to (100°, 50°) passes far north of latitude 50 at longitude 50.
    expect(callScalar('geo_point_in_polygon', real(50), real(55), dyn(continent))).toBe(true);
    expect(callScalar('geo_point_in_polygon', real(50), real(80), dyn(continent))).toBe(false);
  });
});
