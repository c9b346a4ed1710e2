import { describe, expect, it } from 'vitest';
import { callScalar, dyn, real } from '../support/helpers.ts';
import { lineString, path, polygon } from './support/shapes.ts';

interface Geometry {
  readonly type: string;
  readonly coordinates: number[][][] | number[][][][];
}

/** Every vertex of a Polygon or MultiPolygon. */
const verticesOf = (shape: Geometry): number[][] =>
  (shape.type === 'Polygon' ? [shape.coordinates as number[][][]] : (shape.coordinates as number[][][][])).flat(2);

const inside = (lng: number, lat: number, shape: unknown) =>
  callScalar('geo_point_in_polygon', real(lng), real(lat), dyn(shape));

// geo-line-buffer-function.md: both sides of the lines buffered, round end caps, null for a bad line or size.
describe('geo_line_buffer', () => {
  const keys = lineString(-80.66634997047466, 24.894526340592122, -80.67373241820246, 24.890808090321286);
  const buffer = (line: unknown, ...size: number[]) =>
    callScalar('geo_line_buffer', dyn(line), ...size.map((value) => real(value))) as Geometry | null;

  it('puts the documented line’s 4 m buffer within the 0.1 m tolerance of the radius', () => {
    const shape = buffer(keys, 4, 0.1) as Geometry;
    expect(shape.type).toBe('Polygon');
    for (const [lng, lat] of verticesOf(shape)) {
      const meters = callScalar('geo_distance_point_to_line', real(lng), real(lat), dyn(keys)) as number;
      expect(meters).toBeGreaterThan(3.9);
      expect(meters).toBeLessThan(4.1);
    }
  });

  it('covers the line’s sides and round ends up to the radius and nothing further', () => {
    const line = lineString(0, 0, 0.01, 0);
    const shape = buffer(line, 100, 0.1);
    const degreesPerMeter = 1 / 111_195;
    expect(inside(0.005, 99 * degreesPerMeter, shape)).toBe(true);
    expect(inside(0.005, -99 * degreesPerMeter, shape)).toBe(true);
    expect(inside(-99 * degreesPerMeter, 0, shape)).toBe(true);
    expect(inside(0.01 + 70 * degreesPerMeter, 70 * degreesPerMeter, shape)).toBe(true);
    expect(inside(0.005, 101 * degreesPerMeter, shape)).toBe(false);
    expect(inside(0.01 + 72 * degreesPerMeter, 72 * degreesPerMeter, shape)).toBe(false);
  });

  it('unions the documented crossing streets into one polygon, and far-apart lines into a multipolygon', () => {
    const streets = [
      lineString(14.429214068940496, 50.10043066548272, 14.431184174126173, 50.10046525983731),
      lineString(14.43030222687753, 50.100780677801936, 14.4303847111523, 50.10020274910934),
    ].map((line) => buffer(line, 2, 0.1));
    expect((callScalar('geo_union_polygons_array', dyn(streets)) as Geometry).type).toBe('Polygon');
    const apart = { type: 'MultiLineString', coordinates: [path(0, 0, 0.01, 0), path(1, 1, 1.01, 1)] };
    expect(buffer(apart, 100)?.type).toBe('MultiPolygon');
  });

  it('is null for a bad line, a radius that is not positive or a tolerance below a millionth of it', () => {
    expect(buffer({ type: 'LineString' }, 5)).toBeNull();
    expect(buffer(lineString(0, 0, 1, 1), 0)).toBeNull();
    expect(buffer(lineString(0, 0, 1, 1), 1_000_000, 0.1)).toBeNull();
  });
});

// geo-polygon-buffer-function.md: the polygon grown by the radius, null for a bad polygon or size.
describe('geo_polygon_buffer', () => {
  const tokyo = polygon(
    path(
      139.813757,
      35.719666,
      139.72558,
      35.71813,
      139.727471,
      35.653231,
      139.818721,
      35.657264,
      139.813757,
      35.719666,
    ),
  );
  const buffer = (shape: unknown, ...size: number[]) =>
    callScalar('geo_polygon_buffer', dyn(shape), ...size.map((value) => real(value))) as Geometry | null;

  it('keeps the documented polygon’s 10 km buffer within the default 10 m tolerance of the radius', () => {
    const shape = buffer(tokyo, 10_000) as Geometry;
    expect(shape.type).toBe('Polygon');
    for (const [lng, lat] of verticesOf(shape)) {
      const meters = callScalar('geo_distance_point_to_polygon', real(lng), real(lat), dyn(tokyo)) as number;
      expect(meters).toBeGreaterThan(9_990);
      expect(meters).toBeLessThan(10_010);
    }
    expect(inside(139.77, 35.69, shape)).toBe(true);
  });

  it('shrinks a hole by the radius', () => {
    const holed = polygon(path(0, 0, 1, 0, 1, 1, 0, 1, 0, 0), path(0.2, 0.2, 0.2, 0.8, 0.8, 0.8, 0.8, 0.2, 0.2, 0.2));
    const shape = buffer(holed, 10_000, 1) as Geometry;
    expect(shape.coordinates).toHaveLength(2);
    expect(inside(0.25, 0.5, shape)).toBe(true);
    expect(inside(0.5, 0.5, shape)).toBe(false);
  });

  it('unions the documented neighbouring buffers into one polygon', () => {
    const shapes = [
      buffer(
        polygon(
          path(
            12.451218693639277,
            41.906457003556625,
            12.445753852969375,
            41.90160968881543,
            12.453514425793855,
            41.90361551885886,
            12.451218693639277,
            41.906457003556625,
          ),
        ),
        100,
      ),
      buffer(
        polygon(
          path(
            12.4566086734784,
            41.905119850039995,
            12.453913683559591,
            41.903652663265234,
            12.455485761012113,
            41.90146110630562,
            12.4566086734784,
            41.905119850039995,
          ),
        ),
        20,
      ),
    ];
    expect((callScalar('geo_union_polygons_array', dyn(shapes)) as Geometry).type).toBe('Polygon');
  });

  it('is null for a bad polygon or a radius that is not positive', () => {
    expect(buffer({ type: 'p' }, 1)).toBeNull();
    expect(buffer(polygon(path(10, 10, 0, 10, 0, 0, 10, 10)), 0)).toBeNull();
  });
});
