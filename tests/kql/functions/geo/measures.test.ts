import { describe, expect, it } from 'vitest';
import { callScalar, dyn, real } from '../support/helpers.ts';
import { lineString, path } from './support/shapes.ts';

const centralPark = {
  type: 'Polygon',
  coordinates: [
    path(
      ...[-73.9495, 40.7969, -73.95807266235352, 40.80068603561921, -73.98201942443848, 40.76825672305777],
      ...[-73.97317886352539, 40.76455136505513, -73.9495, 40.7969],
    ),
  ],
};
const shortLine = lineString(-73.95796, 40.80042, -73.97317, 40.764486);
const coordinatesOf = (point: unknown) => (point as { coordinates: number[] }).coordinates;

describe('geo measures (geo-line-*-function.md, geo-polygon-*-function.md)', () => {
  it('gives the documented length, area, perimeter and centroids', () => {
    const line = lineString(
      ...[-73.95807266235352, 40.800426144169315, -73.94966125488281, 40.79691751000055],
      ...[-73.97317886352539, 40.764486356930334],
    );
    expect(callScalar('geo_line_length', dyn(line))).toBeCloseTo(4922.48016992081, 6);
    expect(callScalar('geo_polygon_area', dyn(centralPark))).toBeCloseTo(3475207.28346606, 4);
    expect(callScalar('geo_polygon_perimeter', dyn(centralPark))).toBeCloseTo(9930.30149604938, 6);
    const [lng, lat] = coordinatesOf(callScalar('geo_polygon_centroid', dyn(centralPark)));
    expect([lng, lat].map((value) => value.toFixed(9))).toEqual(['-73.965735690', '40.782550538']);
    expect(coordinatesOf(callScalar('geo_line_centroid', dyn(shortLine)))[0]).toBeCloseTo(-73.965567057230942, 9);
  });

  it('finds a point along a line and where a point lies along it', () => {
    expect(coordinatesOf(callScalar('geo_line_interpolate_point', dyn(shortLine), real(0.25)))[0]).toBeCloseTo(
      -73.961764043218281,
      9,
    );
    expect(callScalar('geo_line_locate_point', dyn(shortLine), real(-73.965), real(40.792))).toBeCloseTo(
      0.25560135100307552,
      9,
    );
    expect(callScalar('geo_line_interpolate_point', dyn(shortLine), real(1.5))).toBeNull();
  });

  it('finds the closest point on a line, and a point inside a polygon is its own closest point', () => {
    const road = lineString(-115.183289, 36.175007, -115.192612, 36.176736, -115.202485, 36.173439);
    const nearest = coordinatesOf(
      callScalar('geo_closest_point_on_line', real(-115.199625), real(36.210419), dyn(road)),
    );
    expect(nearest.map((value) => value.toFixed(6))).toEqual(['-115.192612', '36.176736']);
    expect(callScalar('geo_closest_point_on_polygon', real(-73.965), real(40.78), dyn(centralPark))).toEqual({
      type: 'Point',
      coordinates: [-73.965, 40.78],
    });
  });

  it('measures bearings clockwise from north and the clockwise angle between two lines', () => {
    expect(callScalar('geo_azimuth', real(5), real(10), real(10), real(-40))).toBeCloseTo(3.05459939796449, 9);
    expect(callScalar('geo_azimuth', real(5), real(10), real(5), real(10))).toBeNull();
    expect(callScalar('geo_angle', real(0), real(10), real(0), real(5), real(3), real(-10))).toBeCloseTo(
      2.94493843406882,
      9,
    );
    expect(callScalar('geo_angle', real(0), real(10), real(0), real(10), real(3), real(-10))).toBeNull();
  });

  it('is null for a line of one point or an invalid polygon', () => {
    const onePoint = lineString(1, 1);
    for (const name of ['geo_line_length', 'geo_line_centroid']) expect(callScalar(name, dyn(onePoint))).toBeNull();
    const degenerate = { type: 'Polygon', coordinates: [path(0, 0, 10, 10, 10, 10, 0, 0)] };
    for (const name of ['geo_polygon_area', 'geo_polygon_perimeter', 'geo_polygon_centroid'])
      expect(callScalar(name, dyn(degenerate))).toBeNull();
  });
});
