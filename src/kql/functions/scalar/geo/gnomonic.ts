import type { LngLat } from './coordinates.ts';
import { add, cross, dot, normalize, scale, toLngLat, unitVector, type Vector } from './sphere.ts';

/**
 * The gnomonic projection centred on a set of points: it maps every great circle to a straight line, so a planar
 * clipper run on its coordinates cuts geodesic edges where Kusto (S2) does. It covers less than a hemisphere
 * around the centre; `of` is null for point sets that reach further.
 */
export interface Gnomonic {
  project(point: LngLat): [number, number];
  unproject(point: readonly [number, number]): LngLat;
}

/** Points further than this from the centre (cosine of the angle) project too far out to clip precisely. */
const MIN_COSINE = 0.1;

export function gnomonicAround(points: readonly LngLat[]): Gnomonic | null {
  const vectors = points.map(unitVector);
  const sum = vectors.reduce<Vector>((total, v) => add(total, v), [0, 0, 0]);
  if (dot(sum, sum) === 0) return null;
  const centre = normalize(sum);
  if (vectors.some((v) => dot(v, centre) < MIN_COSINE)) return null;
  // Any axis not parallel to the centre gives a tangent basis; pick the one least aligned with it.
  const [x, y, z] = centre.map(Math.abs);
  const axis: Vector = x <= y && x <= z ? [1, 0, 0] : y <= z ? [0, 1, 0] : [0, 0, 1];
  const east = normalize(cross(axis, centre));
  const north = cross(centre, east);
  return {
    project(point) {
      const v = unitVector(point);
      const depth = dot(v, centre);
      return [dot(v, east) / depth, dot(v, north) / depth];
    },
    unproject([u, w]) {
      return toLngLat(normalize(add(centre, add(scale(east, u), scale(north, w)))));
    },
  };
}
