import type { LngLat } from './coordinates.ts';
import type { Line, PolygonRings } from './shapes.ts';
import {
  add,
  angle,
  closestOnEdge,
  cross,
  dot,
  EARTH_RADIUS_METERS,
  interpolate,
  normalize,
  scale,
  toLngLat,
  unitVector,
  type Vector,
} from './sphere.ts';

const ZERO: Vector = [0, 0, 0];

/** Meters along a path of geodesic edges. */
export function pathLength(path: readonly LngLat[]): number {
  let radians = 0;
  for (let i = 1; i < path.length; i++) radians += angle(unitVector(path[i - 1]), unitVector(path[i]));
  return radians * EARTH_RADIUS_METERS;
}

/** S2's TrueCentroid of an edge: toward its midpoint, as long as the edge's length (in radians) times two. */
function edgeCentroid(a: Vector, b: Vector): Vector {
  const sum = add(a, b);
  const difference = add(a, scale(b, -1));
  const cos2 = dot(sum, sum);
  return cos2 === 0 ? ZERO : scale(sum, Math.sqrt(dot(difference, difference) / cos2));
}

/** S2's TrueCentroid of a spherical triangle: its centroid times its signed area. */
function triangleCentroid(a: Vector, b: Vector, c: Vector): Vector {
  const ratio = (theta: number) => (theta === 0 ? 1 : theta / Math.sin(theta));
  const ra = ratio(angle(b, c));
  const rb = ratio(angle(c, a));
  const rc = ratio(angle(a, b));
  const x: Vector = [a[0], b[0] - a[0], c[0] - a[0]];
  const y: Vector = [a[1], b[1] - a[1], c[1] - a[1]];
  const z: Vector = [a[2], b[2] - a[2], c[2] - a[2]];
  const r: Vector = [ra, rb - ra, rc - ra];
  return scale([dot(cross(y, z), r), dot(cross(z, x), r), dot(cross(x, y), r)], 0.5);
}

/** The centroid of lines, weighted by length (geo-line-centroid-function.md). */
export function linesCentroid(lines: readonly Line[]): LngLat | null {
  let sum = ZERO;
  for (const line of lines)
    for (let i = 1; i < line.length; i++) sum = add(sum, edgeCentroid(unitVector(line[i - 1]), unitVector(line[i])));
  return dot(sum, sum) === 0 ? null : toLngLat(normalize(sum));
}

/** Signed area (steradians) of a ring: the sum of the triangles each edge makes with the north pole. */
function signedRingArea(ring: readonly LngLat[]): number {
  let area = 0;
  for (let i = 1; i < ring.length; i++) {
    const [lng1, lat1] = ring[i - 1];
    const [lng2, lat2] = ring[i];
    let deltaLng = ((lng2 - lng1) * Math.PI) / 180;
    if (deltaLng > Math.PI) deltaLng -= 2 * Math.PI;
    if (deltaLng < -Math.PI) deltaLng += 2 * Math.PI;
    const t1 = Math.tan((lat1 * Math.PI) / 360);
    const t2 = Math.tan((lat2 * Math.PI) / 360);
    area += 2 * Math.atan2(Math.tan(deltaLng / 2) * (t1 + t2), 1 + t1 * t2);
  }
  return area;
}

/** A ring's area whatever its orientation: Kusto takes the smaller of the two regions it bounds. */
function ringArea(ring: readonly LngLat[]): number {
  const area = Math.abs(signedRingArea(ring));
  return Math.min(area, 4 * Math.PI - area);
}

/** Square meters of polygons: shells less holes (geo-polygon-area-function.md). */
export function polygonsArea(polygons: readonly PolygonRings[]): number {
  let steradians = 0;
  for (const [shell, ...holes] of polygons)
    steradians += ringArea(shell) - holes.reduce((sum, hole) => sum + ringArea(hole), 0);
  return steradians * EARTH_RADIUS_METERS * EARTH_RADIUS_METERS;
}

/** Meters along every path, summed (geo-line-length-function.md). */
export function linesLength(paths: readonly (readonly LngLat[])[]): number {
  return paths.reduce((sum, path) => sum + pathLength(path), 0);
}

/** Meters of every ring's boundary (geo-polygon-perimeter-function.md). */
export function polygonsPerimeter(polygons: readonly PolygonRings[]): number {
  return linesLength(polygons.flat());
}

/** A ring's centroid times its area, oriented so that the ring's own region counts positively. */
function ringMoment(ring: readonly LngLat[]): Vector {
  const points = ring.map(unitVector);
  let moment = ZERO;
  for (let i = 1; i < points.length - 2; i++)
    moment = add(moment, triangleCentroid(points[0], points[i], points[i + 1]));
  // Rings may run either way round; the region meant is the smaller one, on the side of its own vertices.
  return dot(moment, points[0]) < 0 ? scale(moment, -1) : moment;
}

/** The area-weighted centroid of polygons, holes taken out (geo-polygon-centroid-function.md). */
export function polygonsCentroid(polygons: readonly PolygonRings[]): LngLat | null {
  let sum = ZERO;
  for (const [shell, ...holes] of polygons) {
    sum = add(sum, ringMoment(shell));
    for (const hole of holes) sum = add(sum, scale(ringMoment(hole), -1));
  }
  return dot(sum, sum) === 0 ? null : toLngLat(normalize(sum));
}

/** The point a fraction (0…1) of the line's length from its start (geo-line-interpolate-point-function.md). */
export function pointAlong(line: Line, fraction: number): LngLat {
  const points = line.map(unitVector);
  const lengths = points.slice(1).map((point, i) => angle(points[i], point));
  let remaining = fraction * lengths.reduce((sum, length) => sum + length, 0);
  for (const [i, length] of lengths.entries()) {
    if (remaining <= length && length > 0) return toLngLat(interpolate(points[i], points[i + 1], remaining / length));
    remaining -= length;
  }
  return line[line.length - 1];
}

/** Where on the lines a point is nearest: the position, and the fraction of the line's length before it. */
export function nearestOnLine(line: Line, point: LngLat): { readonly at: LngLat; readonly fraction: number } {
  const p = unitVector(point);
  const points = line.map(unitVector);
  let best = { distance: Number.POSITIVE_INFINITY, at: points[0], before: 0 };
  let travelled = 0;
  for (let i = 1; i < points.length; i++) {
    const foot = closestOnEdge(p, points[i - 1], points[i]);
    const distance = angle(p, foot);
    if (distance < best.distance) best = { distance, at: foot, before: travelled + angle(points[i - 1], foot) };
    travelled += angle(points[i - 1], points[i]);
  }
  return { at: toLngLat(best.at), fraction: travelled === 0 ? 0 : best.before / travelled };
}

/** The nearest point of a set of paths (lines, or polygon rings) to a point. */
export function nearestOnPaths(paths: readonly (readonly LngLat[])[], point: LngLat): LngLat {
  const p = unitVector(point);
  let best: { distance: number; at: Vector } = { distance: Number.POSITIVE_INFINITY, at: p };
  for (const path of paths)
    for (let i = 1; i < path.length; i++) {
      const foot = closestOnEdge(p, unitVector(path[i - 1]), unitVector(path[i]));
      const distance = angle(p, foot);
      if (distance < best.distance) best = { distance, at: foot };
    }
  return toLngLat(best.at);
}

/** Initial bearing from a to b in radians, clockwise from north in [0, 2π); null when they coincide. */
export function azimuth([lng1, lat1]: LngLat, [lng2, lat2]: LngLat): number | null {
  if (lng1 === lng2 && lat1 === lat2) return null;
  const phi1 = (lat1 * Math.PI) / 180;
  const phi2 = (lat2 * Math.PI) / 180;
  const deltaLng = ((lng2 - lng1) * Math.PI) / 180;
  const y = Math.sin(deltaLng) * Math.cos(phi2);
  const x = Math.cos(phi1) * Math.sin(phi2) - Math.sin(phi1) * Math.cos(phi2) * Math.cos(deltaLng);
  const bearing = Math.atan2(y, x);
  return bearing < 0 ? bearing + 2 * Math.PI : bearing;
}
