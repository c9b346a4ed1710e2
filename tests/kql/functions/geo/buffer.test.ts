import { describe, expect, it } from 'vitest';
import { callScalar, dyn, real } from '../support/helpers.ts';

// geo-point-buffer-function.md: a polygon around the point within the tolerance of the radius; bad input is null.
describe('geo_point_buffer', () => {
  const buffer = (...args: number[]) => callScalar('geo_point_buffer', ...args.map((value) => real(value)));

  it('puts every vertex on the circle and keeps the points within the radius inside', () => {
    const polygon = buffer(0.003159306017352037, 51.502929224128394, 300, 0.1) as { coordinates: number[][][] };
    const ring = polygon.coordinates[0];
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    for (const [lng, lat] of ring.slice(0, -1))
      expect(
        callScalar('geo_distance_2points', real(lng), real(lat), real(0.003159306017352037), real(51.502929224128394)),
      ).toBeCloseTo(300, 6);
    expect(callScalar('geo_point_in_polygon', real(0.0009625704125020596), real(51.50385432770013), dyn(polygon))).toBe(
      true,
    );
    expect(callScalar('geo_point_in_polygon', real(0.0009395106042404677), real(51.47700456557013), dyn(polygon))).toBe(
      false,
    );
  });

  it('uses more vertices for a smaller tolerance', () => {
    const vertices = (tolerance: number) =>
      (buffer(0, 0, 1000, tolerance) as { coordinates: number[][][] }).coordinates[0].length;
    expect(vertices(1)).toBeGreaterThan(vertices(100));
  });

  it('is null for a bad point, a radius that is not positive or a tolerance below a millionth of it', () => {
    expect(buffer(200, 0, 10)).toBeNull();
    expect(buffer(0, 0, 0)).toBeNull();
    expect(buffer(0, 0, 1_000_000, 0.1)).toBeNull();
  });
});
