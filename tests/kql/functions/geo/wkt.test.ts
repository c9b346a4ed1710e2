import { describe, expect, it } from 'vitest';
import { callScalar, str } from '../support/helpers.ts';

// geo-from-wkt-function.md: WKT in, GeoJSON out; invalid or unsupported text gives null.
describe('geo_from_wkt', () => {
  it('converts each geometry type, keywords in any case', () => {
    expect(callScalar('geo_from_wkt', str('POINT (1 2)'))).toEqual({ type: 'Point', coordinates: [1, 2] });
    expect(callScalar('geo_from_wkt', str('linestring (1 2, 3 4)'))).toEqual({
      type: 'LineString',
      coordinates: [
        [1, 2],
        [3, 4],
      ],
    });
    const collection = callScalar('geo_from_wkt', str('GEOMETRYCOLLECTION (POINT (1 1),LINESTRING (2 2, 3 3))'));
    expect((collection as { geometries: { type: string }[] }).geometries.map((g) => g.type)).toEqual([
      'Point',
      'LineString',
    ]);
  });

  it('is null for incomplete, trailing or three-dimensional text', () => {
    for (const text of ['LINESTRING', 'POINT (1 2) junk', 'POINT Z (1 2 3)', '', 'not wkt'])
      expect(callScalar('geo_from_wkt', str(text))).toBeNull();
  });
});
