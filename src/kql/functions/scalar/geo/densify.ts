import { defineScalar } from '../../define.ts';
import type { ScalarFunction } from '../../registry-types.ts';
import { asNumber, isPlainObject } from '../../values.ts';
import type { LngLat } from './coordinates.ts';
import { lastValueMemo } from './memo.ts';
import { linesOf, polygonsOf } from './shapes.ts';
import { distanceToEdgeMeters } from './sphere.ts';

/** geo-line-densify-function.md: tolerance in meters, 10 by default, within [0.1, 10000]. */
const DEFAULT_TOLERANCE = 10;
const MIN_TOLERANCE = 0.1;
const MAX_TOLERANCE = 10000;
/** Kusto's cap on the points of one densified shape. */
const MAX_POINTS = 10_485_760;

class TooManyPoints extends Error {}

/** The planar midpoint of an edge, taking the shorter way round the antimeridian. */
function planarMidpoint([lng1, lat1]: LngLat, [lng2, lat2]: LngLat): LngLat {
  let delta = lng2 - lng1;
  if (delta > 180) delta -= 360;
  if (delta < -180) delta += 360;
  let lng = lng1 + delta / 2;
  if (lng > 180) lng -= 360;
  if (lng < -180) lng += 360;
  return [lng, (lat1 + lat2) / 2];
}

/**
 * Halves a planar edge until each piece's planar midpoint is within the tolerance of the geodesic between its
 * ends, as Kusto's documented outputs show ([50,50]→[51,51] becomes eight equal pieces at 10 m).
 */
function densifyEdge(from: LngLat, to: LngLat, tolerance: number, out: LngLat[]): void {
  const middle = planarMidpoint(from, to);
  if (distanceToEdgeMeters(middle, from, to) <= tolerance) {
    if (out.length >= MAX_POINTS) throw new TooManyPoints();
    out.push(to);
    return;
  }
  densifyEdge(from, middle, tolerance, out);
  densifyEdge(middle, to, tolerance, out);
}

function densifyPath(path: readonly LngLat[], tolerance: number): LngLat[] {
  const out: LngLat[] = [path[0]];
  for (let i = 1; i < path.length; i++) densifyEdge(path[i - 1], path[i], tolerance, out);
  return out;
}

function toleranceOf(value: unknown): number | null {
  if (value === undefined) return DEFAULT_TOLERANCE;
  const meters = asNumber(value);
  return meters !== null && meters >= MIN_TOLERANCE && meters <= MAX_TOLERANCE ? meters : null;
}

/** A row function densifying every path of a parsed shape; null for a bad shape, tolerance or too many points. */
function densifier<S>(parse: (value: unknown) => S | null, densifyShape: (shape: S, tolerance: number) => unknown) {
  return () => {
    const shapeOf = lastValueMemo(parse);
    return (value: unknown, tolerance?: unknown) => {
      const shape = shapeOf(value);
      const meters = toleranceOf(tolerance);
      if (shape === null || meters === null) return null;
      try {
        return densifyShape(shape, meters);
      } catch (error) {
        if (error instanceof TooManyPoints) return null;
        throw error;
      }
    };
  };
}

/** The parts of a shape and whether it was written as a Multi… geometry, which the result keeps. */
function parts<T>(partsOf: (value: unknown) => T[] | null, multiType: string) {
  return (value: unknown) => {
    const found = partsOf(value);
    return found === null ? null : { found, multi: isPlainObject(value) && value.type === multiType };
  };
}

const densifyLines = densifier(parts(linesOf, 'MultiLineString'), ({ found, multi }, tolerance) => {
  const paths = found.map((line) => densifyPath(line, tolerance));
  return multi ? { type: 'MultiLineString', coordinates: paths } : { type: 'LineString', coordinates: paths[0] };
});

const densifyPolygons = densifier(parts(polygonsOf, 'MultiPolygon'), ({ found, multi }, tolerance) => {
  const rings = found.map((polygon) => polygon.map((ring) => densifyPath(ring, tolerance)));
  return multi ? { type: 'MultiPolygon', coordinates: rings } : { type: 'Polygon', coordinates: rings[0] };
});

/** geo_line_densify / geo_polygon_densify: planar edges turned into chains that follow geodesics. */
export const geoDensifyFunctions: readonly ScalarFunction[] = [
  defineScalar({
    name: 'geo_line_densify',
    params: ['dynamic'],
    optional: ['number', 'bool'],
    result: 'dynamic',
    compile: densifyLines,
  }),
  defineScalar({
    name: 'geo_polygon_densify',
    params: ['dynamic'],
    optional: ['number', 'bool'],
    result: 'dynamic',
    compile: densifyPolygons,
  }),
];
