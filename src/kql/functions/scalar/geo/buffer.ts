import type { ScalarFunction } from '../../registry-types.ts';
import { BufferCircle, type BufferSize, bufferSize } from './circle.ts';
import { geometryOf, unionRings } from './clipping.ts';
import { type LngLat, lngLat } from './coordinates.ts';
import { geoScalar } from './define-geo.ts';
import { azimuth } from './measures.ts';
import { lastValueMemo } from './memo.ts';
import { edgesOf, type Line, linesOf, type PolygonRings, polygonsOf } from './shapes.ts';
import {
  add,
  angle,
  cross,
  EARTH_RADIUS_METERS,
  interpolate,
  normalize,
  scale,
  toLngLat,
  unitVector,
} from './sphere.ts';

/**
 * `geo_point_buffer(lng, lat, radius, tolerance)`: a counterclockwise polygon of geodesic edges around the point,
 * with enough vertices that no edge strays more than the tolerance inside the circle of the radius.
 */
function pointBuffer(longitude: unknown, latitude: unknown, radius: unknown, tolerance?: unknown) {
  const center = lngLat(longitude, latitude);
  const size = bufferSize(radius, tolerance);
  if (center === null || size === null) return null;
  return { type: 'Polygon', coordinates: [new BufferCircle(center, size).ring()] };
}

/**
 * The band within the radius of one geodesic edge, between its two offset curves (small circles), its end corners
 * on the circles around the edge's ends. The band's sides are geodesics between offset points, which bulge away
 * from the edge by r·(sec(L/2) − 1) over a length L, so the edge is cut into pieces short enough to keep that
 * within the tolerance.
 */
function edgeBand(start: BufferCircle, end: BufferCircle, { meters, tolerance }: BufferSize): PolygonRings | null {
  const outward = azimuth(start.center, end.center);
  const inward = azimuth(end.center, start.center);
  if (outward === null || inward === null) return null;
  const a = unitVector(start.center);
  const b = unitVector(end.center);
  const normal = normalize(cross(a, b));
  const pieces = Math.max(1, Math.ceil(angle(a, b) / (2 * Math.acos(meters / (meters + tolerance)))));
  const offset = meters / EARTH_RADIUS_METERS;
  // The normal a × b points to the left of the way from a to b; bearings turn a quarter clockwise to the right.
  const side = (toRight: boolean) => [
    start.pointAt(outward + (toRight ? 1 : -1) * (Math.PI / 2)),
    ...Array.from({ length: pieces - 1 }, (_, i) => {
      const point = interpolate(a, b, (i + 1) / pieces);
      return toLngLat(add(scale(point, Math.cos(offset)), scale(normal, (toRight ? -1 : 1) * Math.sin(offset))));
    }),
    end.pointAt(inward + (toRight ? -1 : 1) * (Math.PI / 2)),
  ];
  // Counterclockwise: out along the right side, back along the left one.
  const right = side(true);
  return [[...right, ...side(false).reverse(), right[0]]];
}

/**
 * Everything within the radius of the paths: a circle at each distinct vertex (round caps and joins), a band along
 * each edge. A vertex repeated (a ring's closing one, a line crossing itself there) has one circle.
 */
function pathsBuffer(paths: readonly Line[], size: BufferSize): PolygonRings[] {
  const circles = new Map<string, BufferCircle>();
  const circleAt = (point: LngLat) => {
    const key = `${point[0]},${point[1]}`;
    let circle = circles.get(key);
    if (circle === undefined) {
      circle = new BufferCircle(point, size);
      circles.set(key, circle);
    }
    return circle;
  };
  const bands: PolygonRings[] = [];
  for (const [from, to] of edgesOf(paths)) {
    const band = edgeBand(circleAt(from), circleAt(to), size);
    if (band !== null) bands.push(band);
  }
  return [...[...circles.values()].map((circle) => [circle.ring()]), ...bands];
}

/** geo-line-buffer-function.md: the lines buffered on both sides with round end caps. */
function lineBuffer() {
  const parse = lastValueMemo(linesOf);
  return (value: unknown, radius: unknown, tolerance?: unknown) => {
    const lines = parse(value);
    const size = bufferSize(radius, tolerance);
    if (lines === null || size === null) return null;
    return geometryOf(unionRings(pathsBuffer(lines, size), true));
  };
}

/** geo-polygon-buffer-function.md: the polygons grown by the radius (their holes shrunk by it). */
function polygonBuffer() {
  const parse = lastValueMemo(polygonsOf);
  return (value: unknown, radius: unknown, tolerance?: unknown) => {
    const polygons = parse(value);
    const size = bufferSize(radius, tolerance);
    if (polygons === null || size === null) return null;
    return geometryOf(unionRings([...polygons, ...pathsBuffer(polygons.flat(), size)], true));
  };
}

export const geoBufferFunctions: readonly ScalarFunction[] = [
  geoScalar('geo_point_buffer', ['number', 'number', 'number'], 'dynamic', () => pointBuffer, ['number']),
  geoScalar('geo_line_buffer', ['dynamic', 'number'], 'dynamic', lineBuffer, ['number']),
  geoScalar('geo_polygon_buffer', ['dynamic', 'number'], 'dynamic', polygonBuffer, ['number']),
];
