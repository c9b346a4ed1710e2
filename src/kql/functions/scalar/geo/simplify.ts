import { defineScalar } from '../../define.ts';
import type { ScalarFunction } from '../../registry-types.ts';
import { asNumber, isPlainObject } from '../../values.ts';
import { unionRings } from './clipping.ts';
import type { LngLat } from './coordinates.ts';
import { lastValueMemo } from './memo.ts';
import { linesOf, type PolygonRings, polygonsOf } from './shapes.ts';
import { distanceMeters, distanceToEdgeMeters } from './sphere.ts';

/** geo-line-simplify-function.md: tolerance in meters, 10 by default, at most about 7,800 km. */
const DEFAULT_TOLERANCE = 10;
const MAX_TOLERANCE = 7_800_000;

/** Douglas–Peucker on the sphere: keeps the vertices farther than the tolerance from the geodesic they would cut. */
function simplifyBetween(path: readonly LngLat[], first: number, last: number, tolerance: number, keep: boolean[]) {
  let farthest = -1;
  let distance = tolerance;
  for (let i = first + 1; i < last; i++) {
    const d = distanceToEdgeMeters(path[i], path[first], path[last]);
    if (d > distance) {
      distance = d;
      farthest = i;
    }
  }
  if (farthest < 0) return;
  keep[farthest] = true;
  simplifyBetween(path, first, farthest, tolerance, keep);
  simplifyBetween(path, farthest, last, tolerance, keep);
}

function simplifyPath(path: readonly LngLat[], tolerance: number): LngLat[] {
  const keep = path.map((_, i) => i === 0 || i === path.length - 1);
  simplifyBetween(path, 0, path.length - 1, tolerance, keep);
  return path.filter((_, i) => keep[i]);
}

/** A line collapses to a point when every vertex is within the tolerance of its start. */
function simplifyLine(line: readonly LngLat[], tolerance: number): LngLat[] | null {
  if (line.every((point) => distanceMeters(point, line[0]) < tolerance)) return null;
  return simplifyPath(line, tolerance);
}

/** A ring split at its vertex farthest from the start, so both halves have distinct ends; null when it collapses. */
function simplifyRing(ring: readonly LngLat[], tolerance: number): LngLat[] | null {
  let split = 1;
  for (let i = 2; i < ring.length - 1; i++)
    if (distanceMeters(ring[i], ring[0]) > distanceMeters(ring[split], ring[0])) split = i;
  const simplified = [
    ...simplifyPath(ring.slice(0, split + 1), tolerance),
    ...simplifyPath(ring.slice(split), tolerance).slice(1),
  ];
  return simplified.length >= 4 ? simplified : null;
}

function toleranceOf(value: unknown): number | null {
  if (value === undefined) return DEFAULT_TOLERANCE;
  const meters = asNumber(value);
  return meters !== null && meters >= 0 && meters <= MAX_TOLERANCE ? meters : null;
}

function simplifyLines() {
  const shape = lastValueMemo(linesOf);
  return (value: unknown, tolerance?: unknown) => {
    const lines = shape(value);
    const meters = toleranceOf(tolerance);
    if (lines === null || meters === null) return null;
    const kept = lines.map((line) => simplifyLine(line, meters)).filter((line) => line !== null);
    if (kept.length === 0) return null;
    const multi = isPlainObject(value) && value.type === 'MultiLineString';
    return multi ? { type: 'MultiLineString', coordinates: kept } : { type: 'LineString', coordinates: kept[0] };
  };
}

/** Each polygon's rings simplified; a polygon smaller than the tolerance disappears, and so does a hole. */
function simplifyEach(polygons: readonly PolygonRings[], meters: number): LngLat[][][] {
  const kept: LngLat[][][] = [];
  for (const [shell, ...holes] of polygons) {
    const outer = simplifyRing(shell, meters);
    if (outer !== null)
      kept.push([outer, ...holes.map((hole) => simplifyRing(hole, meters)).filter((hole) => hole !== null)]);
  }
  return kept;
}

const polygonOrMulti = (kept: LngLat[][][], multi: boolean) =>
  kept.length === 0
    ? null
    : multi || kept.length > 1
      ? { type: 'MultiPolygon', coordinates: kept }
      : { type: 'Polygon', coordinates: kept[0] };

function simplifyPolygons() {
  const shape = lastValueMemo(polygonsOf);
  return (value: unknown, tolerance?: unknown) => {
    const polygons = shape(value);
    const meters = toleranceOf(tolerance);
    if (polygons === null || meters === null) return null;
    return polygonOrMulti(simplifyEach(polygons, meters), isPlainObject(value) && value.type === 'MultiPolygon');
  };
}

/** geo-simplify-polygons-array-function.md: the union of the polygons, simplified; any invalid one makes it null. */
function simplifyPolygonsArray(value: unknown, tolerance?: unknown) {
  const meters = toleranceOf(tolerance);
  if (!Array.isArray(value) || value.length === 0 || meters === null) return null;
  const parsed = value.map(polygonsOf);
  if (parsed.some((polygons) => polygons === null)) return null;
  return polygonOrMulti(simplifyEach(unionRings((parsed as PolygonRings[][]).flat()), meters), false);
}

/** geo_line_simplify / geo_polygon_simplify (geo-line-simplify-function.md, geo-polygon-simplify-function.md). */
export const geoSimplifyFunctions: readonly ScalarFunction[] = [
  defineScalar({
    name: 'geo_simplify_polygons_array',
    params: ['dynamic'],
    optional: ['number'],
    result: 'dynamic',
    impl: simplifyPolygonsArray,
  }),
  defineScalar({
    name: 'geo_line_simplify',
    params: ['dynamic'],
    optional: ['number'],
    result: 'dynamic',
    compile: simplifyLines,
  }),
  defineScalar({
    name: 'geo_polygon_simplify',
    params: ['dynamic'],
    optional: ['number'],
    result: 'dynamic',
    compile: simplifyPolygons,
  }),
];
