import { defineScalar } from '../../define.ts';
import type { ScalarFunction } from '../../registry-types.ts';
import { asNumber } from '../../values.ts';
import { type LngLat, lngLat } from './coordinates.ts';
import { geoScalar } from './define-geo.ts';
import { lastValueMemo } from './memo.ts';
import { edgesOf, type Line, linesOf, type PolygonRings, polygonsOf } from './shapes.ts';
import { distanceMeters, distanceToEdgeMeters, insideRing, unitVector, type Vector } from './sphere.ts';

function minimumEdgeDistance(point: LngLat, paths: Iterable<readonly LngLat[]>): number {
  let best = Number.POSITIVE_INFINITY;
  for (const [from, to] of edgesOf(paths)) best = Math.min(best, distanceToEdgeMeters(point, from, to));
  return best;
}

/** A parsed polygon set, with its rings also as unit vectors for the containment test. */
export interface Polygons {
  readonly rings: PolygonRings[];
  readonly vectors: readonly (readonly (readonly Vector[])[])[];
}

export function parsePolygons(value: unknown): Polygons | null {
  const rings = polygonsOf(value);
  return rings === null ? null : polygonsFromRings(rings);
}

export function polygonsFromRings(rings: PolygonRings[]): Polygons {
  return { rings, vectors: rings.map((polygon) => polygon.map((ring) => ring.map(unitVector))) };
}

/** Whether a point is inside (or on the boundary of) a polygon: in a shell and in none of its holes, edges geodesic. */
export function polygonsContain(polygons: Polygons, point: LngLat): boolean {
  const p = unitVector(point);
  return polygons.vectors.some(
    ([shell, ...holes]) => insideRing(p, shell) && !holes.some((hole) => insideRing(p, hole)),
  );
}

function pointInPolygon() {
  const parse = lastValueMemo(parsePolygons);
  return (longitude: unknown, latitude: unknown, shape: unknown) => {
    const point = lngLat(longitude, latitude);
    const polygons = parse(shape);
    return point === null || polygons === null ? null : polygonsContain(polygons, point);
  };
}

function distanceToPolygon() {
  const parse = lastValueMemo(parsePolygons);
  return (longitude: unknown, latitude: unknown, shape: unknown) => {
    const point = lngLat(longitude, latitude);
    const polygons = parse(shape);
    if (point === null || polygons === null) return null;
    return polygonsContain(polygons, point) ? 0 : minimumEdgeDistance(point, polygons.rings.flat());
  };
}

function distanceToLine() {
  const parse = lastValueMemo(linesOf);
  return (longitude: unknown, latitude: unknown, shape: unknown) => {
    const point = lngLat(longitude, latitude);
    const lines: Line[] | null = parse(shape);
    return point === null || lines === null ? null : minimumEdgeDistance(point, lines);
  };
}

function distanceBetween(lng1: unknown, lat1: unknown, lng2: unknown, lat2: unknown): number | null {
  const a = lngLat(lng1, lat1);
  const b = lngLat(lng2, lat2);
  return a === null || b === null ? null : distanceMeters(a, b);
}

/** geo-point-in-circle-function.md: a negative or missing radius is null, as is a bad point. */
function pointInCircle(lng: unknown, lat: unknown, centerLng: unknown, centerLat: unknown, radius: unknown) {
  const meters = asNumber(radius);
  const distance = distanceBetween(lng, lat, centerLng, centerLat);
  return distance === null || meters === null || meters < 0 ? null : distance <= meters;
}

export const geoDistanceFunctions: readonly ScalarFunction[] = [
  defineScalar({
    name: 'geo_distance_2points',
    params: ['number', 'number', 'number', 'number'],
    result: 'real',
    impl: distanceBetween,
  }),
  defineScalar({
    name: 'geo_point_in_circle',
    params: ['number', 'number', 'number', 'number', 'number'],
    result: 'bool',
    impl: pointInCircle,
  }),
  geoScalar('geo_point_in_polygon', ['number', 'number', 'dynamic'], 'bool', pointInPolygon),
  geoScalar('geo_distance_point_to_polygon', ['number', 'number', 'dynamic'], 'real', distanceToPolygon),
  geoScalar('geo_distance_point_to_line', ['number', 'number', 'dynamic'], 'real', distanceToLine),
];
