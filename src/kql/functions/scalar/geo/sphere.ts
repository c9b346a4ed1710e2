import type { LngLat } from './coordinates.ts';

/**
 * Geometry on the unit sphere with geodesic (great-circle) edges, as S2 and so Kusto compute it. Turf measures
 * on other earth radii and, for areas and centroids, in other ways, so these few formulas are S2's own.
 */

/** Kusto's geo functions run on S2's spherical earth; their documented distances match this radius. */
export const EARTH_RADIUS_METERS = 6371010;

export type Vector = readonly [number, number, number];

const RADIANS = Math.PI / 180;

export function unitVector([lng, lat]: LngLat): Vector {
  const phi = lat * RADIANS;
  const lambda = lng * RADIANS;
  return [Math.cos(phi) * Math.cos(lambda), Math.cos(phi) * Math.sin(lambda), Math.sin(phi)];
}

export function toLngLat([x, y, z]: Vector): LngLat {
  return [Math.atan2(y, x) / RADIANS, Math.atan2(z, Math.hypot(x, y)) / RADIANS];
}

export function cross(a: Vector, b: Vector): Vector {
  return [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
}

export function dot(a: Vector, b: Vector): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}

export function add(a: Vector, b: Vector): Vector {
  return [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
}

export function scale(a: Vector, factor: number): Vector {
  return [a[0] * factor, a[1] * factor, a[2] * factor];
}

export function norm(a: Vector): number {
  return Math.sqrt(dot(a, a));
}

export function normalize(a: Vector): Vector {
  return scale(a, 1 / norm(a));
}

/** The angle between two unit vectors, accurate for tiny and near-antipodal angles alike. */
export function angle(a: Vector, b: Vector): number {
  return Math.atan2(norm(cross(a, b)), dot(a, b));
}

/** Great-circle distance in meters. */
export function distanceMeters(a: LngLat, b: LngLat): number {
  return angle(unitVector(a), unitVector(b)) * EARTH_RADIUS_METERS;
}

/** The point a fraction of the way along the great-circle arc from a to b. */
export function interpolate(a: Vector, b: Vector, fraction: number): Vector {
  const theta = angle(a, b);
  if (theta === 0) return a;
  const sinTheta = Math.sin(theta);
  return add(scale(a, Math.sin((1 - fraction) * theta) / sinTheta), scale(b, Math.sin(fraction * theta) / sinTheta));
}

/** The point of the arc from a to b nearest to p: the foot of the perpendicular when it lies on the arc. */
export function closestOnEdge(p: Vector, a: Vector, b: Vector): Vector {
  const normal = cross(a, b);
  const length = norm(normal);
  const nearerEnd = angle(p, a) <= angle(p, b) ? a : b;
  if (length === 0) return nearerEnd;
  const n = scale(normal, 1 / length);
  // The foot lies on the arc only when it is on a's side of b and b's side of a.
  if (dot(cross(a, p), n) < 0 || dot(cross(p, b), n) < 0) return nearerEnd;
  const foot = add(p, scale(n, -dot(p, n)));
  return norm(foot) === 0 ? nearerEnd : normalize(foot);
}

/** Distance in meters from a point to the shortest great-circle arc between two points (a geodesic edge). */
export function distanceToEdgeMeters(point: LngLat, from: LngLat, to: LngLat): number {
  const p = unitVector(point);
  return angle(p, closestOnEdge(p, unitVector(from), unitVector(to))) * EARTH_RADIUS_METERS;
}

/**
 * Whether a point is inside a closed ring of geodesic edges: the signed angles the edges subtend at the point add up
 * to ±2π inside and to 0 outside (for a ring of less than a hemisphere, the region Kusto means). A point on an edge
 * counts as inside.
 */
export function insideRing(point: Vector, ring: readonly Vector[]): boolean {
  let winding = 0;
  for (let i = 1; i < ring.length; i++) {
    const a = ring[i - 1];
    const b = ring[i];
    if (angle(point, closestOnEdge(point, a, b)) <= 1e-12) return true;
    winding += Math.atan2(dot(point, cross(a, b)), dot(a, b) - dot(a, point) * dot(b, point));
  }
  return Math.abs(winding) > Math.PI;
}
