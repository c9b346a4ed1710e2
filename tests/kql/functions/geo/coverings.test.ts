import { describe, expect, it } from 'vitest';
import { type Arg, callScalar, dyn, int, real } from '../support/helpers.ts';
import { continent, lineString, notAPolygon } from './support/shapes.ts';

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

// geo-line-to-s2cells-function.md: the cells of one level a line (and everything within the radius of it) touches.
describe('geo_line_to_s2cells', () => {
  const londonBridge = lineString(-0.087152, 51.509596, -0.08834, 51.50611);
  const buckinghamPalace = lineString(-0.1399656708283601, 51.50190802248855, -0.14088438832752104, 51.50012082761452);
  const cells = (line: unknown, ...rest: Arg[]) =>
    callScalar('geo_line_to_s2cells', dyn(line), ...rest) as string[] | null;
  const cellOf = (lng: number, lat: number, level: number) =>
    callScalar('geo_point_to_s2cell', real(lng), real(lat), int(level));

  it('finds the documented tube station within 500 m of its street at level 14, and not the other street’s', () => {
    const station = cellOf(-0.08492752160134387, 51.504876316440914, 14);
    expect(cells(londonBridge, int(14), real(500))).toContain(station);
    expect(cells(buckinghamPalace, int(14), real(500))).not.toContain(station);
    expect(cells(buckinghamPalace, int(14), real(500))).toContain(cellOf(-0.13451078568013486, 51.49919145858172, 14));
  });

  it('covers the line with the level-11 cells of its points by default, more with a radius', () => {
    const line = lineString(0, 0, 0.3, 0.2);
    const covering = cells(line) as string[];
    for (const [lng, lat] of [
      [0, 0],
      [0.15, 0.1],
      [0.3, 0.2],
    ])
      expect(covering).toContain(cellOf(lng, lat, 11));
    expect(covering).not.toContain(cellOf(0.3, 0, 11));
    expect((cells(line, int(11), real(5000)) as string[]).length).toBeGreaterThan(covering.length);
  });

  it('is null for the documented bad line, a bad level or radius, and past 65,536 cells', () => {
    expect(
      cells({
        type: 'LineString',
        coordinates: [
          [
            [0, 0],
            [0, 0],
          ],
        ],
      }),
    ).toBeNull();
    expect(cells(londonBridge, int(31))).toBeNull();
    expect(cells(londonBridge, int(11), real(-1))).toBeNull();
    expect(cells(lineString(0, 0, 40, 40), int(30))).toBeNull();
  });
});
