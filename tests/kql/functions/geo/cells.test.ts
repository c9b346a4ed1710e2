import { describe, expect, it } from 'vitest';
import { callScalar, int, real, str } from '../support/helpers.ts';

describe('H3 cells (geo-*-h3cell*-function.md)', () => {
  it('computes the documented cell, level, parent and children', () => {
    expect(callScalar('geo_point_to_h3cell', real(-74.04450446039874), real(40.689250859314974), int(6))).toBe(
      '862a1072fffffff',
    );
    expect(callScalar('geo_h3cell_level', str('862a1072fffffff'))).toBe(6);
    expect(callScalar('geo_h3cell_parent', str('862a1072fffffff'))).toBe('852a1073fffffff');
    expect(callScalar('geo_h3cell_parent', str('862a1072fffffff'), int(1))).toBe('812a3ffffffffff');
    expect(callScalar('geo_h3cell_children', str('862a1072fffffff'))).toHaveLength(7);
    expect(callScalar('geo_h3cell_children', str('862a1072fffffff'), int(9))).toHaveLength(343);
  });

  it('lists neighbours and rings in Kusto’s order', () => {
    expect(callScalar('geo_h3cell_neighbors', str('862a1072fffffff'))).toEqual([
      '862a10727ffffff',
      '862a10707ffffff',
      '862a1070fffffff',
      '862a10777ffffff',
      '862a100dfffffff',
      '862a100d7ffffff',
    ]);
    const rings = callScalar('geo_h3cell_rings', str('861f8894fffffff'), int(2)) as string[][];
    expect(rings.map((ring) => ring.length)).toEqual([1, 6, 12]);
  });

  it('answers a GeoJSON point and a closed polygon', () => {
    const point = callScalar('geo_h3cell_to_central_point', str('862a1072fffffff')) as { coordinates: number[] };
    expect(point.coordinates[0]).toBeCloseTo(-74.016008479792447, 9);
    const polygon = callScalar('geo_h3cell_to_polygon', str('862a1072fffffff')) as { coordinates: number[][][] };
    expect(polygon.coordinates[0]).toHaveLength(7);
    expect(polygon.coordinates[0][6]).toEqual(polygon.coordinates[0][0]);
  });

  it('is empty or null for bad tokens, points and resolutions', () => {
    expect(callScalar('geo_point_to_h3cell', real(300), real(1), int(8))).toBe('');
    expect(callScalar('geo_point_to_h3cell', real(1), real(1), int(16))).toBe('');
    expect(callScalar('geo_point_to_h3cell', real(1), real(1), int(null))).toBe('');
    expect(callScalar('geo_h3cell_level', str('abc'))).toBeNull();
    expect(callScalar('geo_h3cell_parent', str('862a1072fffffff'), int(15))).toBe('');
    expect(callScalar('geo_h3cell_children', str('892a1072fffffff'), int(15))).toBeNull();
    expect(callScalar('geo_h3cell_rings', str('861f8894fffffff'), int(150))).toBeNull();
    expect(callScalar('geo_h3cell_to_polygon', str('@'))).toBeNull();
  });
});

describe('geohash (geo-*geohash*-function.md)', () => {
  it('encodes with the default accuracy of 5 and a given one', () => {
    expect(callScalar('geo_point_to_geohash', real(-80.195829), real(25.802215), int(8))).toBe('dhwfz15h');
    expect(callScalar('geo_point_to_geohash', real(-122.303404), real(47.570482))).toBe('c23n8');
  });

  it('decodes to the centre, the rectangle and the eight neighbours in Kusto’s order', () => {
    expect(callScalar('geo_geohash_to_central_point', str('sunny'))).toEqual({
      type: 'Point',
      coordinates: [42.47314453125, 23.70849609375],
    });
    expect(callScalar('geo_geohash_to_polygon', str('dr5ru'))).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [-74.00390625, 40.7373046875],
          [-73.9599609375, 40.7373046875],
          [-73.9599609375, 40.78125],
          [-74.00390625, 40.78125],
          [-74.00390625, 40.7373046875],
        ],
      ],
    });
    expect(callScalar('geo_geohash_neighbors', str('sunny'))).toEqual([
      'sunnt',
      'sunpj',
      'sunnx',
      'sunpn',
      'sunnv',
      'sunpp',
      'sunnz',
      'sunnw',
    ]);
  });

  it('is empty or null for characters outside the alphabet, bad points and accuracies', () => {
    expect(callScalar('geo_geohash_neighbors', str('a'))).toBeNull();
    expect(callScalar('geo_geohash_to_central_point', str(''))).toBeNull();
    expect(callScalar('geo_point_to_geohash', real(200), real(1), int(8))).toBe('');
    expect(callScalar('geo_point_to_geohash', real(1), real(1), int(19))).toBe('');
  });
});

describe('S2 cells (geo-*s2cell*-function.md)', () => {
  it('computes the documented token at a level, 11 by default', () => {
    expect(callScalar('geo_point_to_s2cell', real(-80.195829), real(25.802215), int(8))).toBe('88d9b');
    expect(callScalar('geo_point_to_s2cell', real(10.1234), real(53), int(8))).toBe('47b1d');
    expect((callScalar('geo_point_to_s2cell', real(10.1234), real(53)) as string).length).toBeGreaterThan(5);
  });

  it('answers the centre, the four-vertex polygon and the eight neighbours', () => {
    const point = callScalar('geo_s2cell_to_central_point', str('1234567')) as { coordinates: number[] };
    expect(point.coordinates[0]).toBeCloseTo(9.86830731850408, 9);
    expect(point.coordinates[1]).toBeCloseTo(27.4683929258276, 9);
    const polygon = callScalar('geo_s2cell_to_polygon', str('89c259')) as { coordinates: number[][][] };
    expect(polygon.coordinates[0][0][0]).toBeCloseTo(-74.030012249838478, 9);
    expect(polygon.coordinates[0]).toHaveLength(5);
    expect(new Set(callScalar('geo_s2cell_neighbors', str('89c259')) as string[])).toEqual(
      new Set(['89c25d', '89c2f9', '89c251', '89c257', '89c25f', '89c25b', '89c2f7', '89c2f5']),
    );
  });

  it('is empty or null for bad tokens, points and levels', () => {
    expect(callScalar('geo_point_to_s2cell', real(300), real(1), int(8))).toBe('');
    expect(callScalar('geo_point_to_s2cell', real(1), real(1), int(35))).toBe('');
    expect(callScalar('geo_s2cell_neighbors', str('a'))).toBeNull();
    expect(callScalar('geo_s2cell_to_polygon', str('zz'))).toBeNull();
  });
});
