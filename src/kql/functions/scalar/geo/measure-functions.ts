import { defineScalar } from '../../define.ts';
import type { ScalarFunction } from '../../registry-types.ts';
import { asNumber } from '../../values.ts';
import { unionRings } from './clipping.ts';
import { type LngLat, lngLat, pointGeometry } from './coordinates.ts';
import { geoScalar } from './define-geo.ts';
import { parsePolygons, polygonsContain } from './distance.ts';
import {
  azimuth,
  linesCentroid,
  linesLength,
  nearestOnLine,
  nearestOnPaths,
  pointAlong,
  polygonsArea,
  polygonsCentroid,
  polygonsPerimeter,
} from './measures.ts';
import { lastValueMemo } from './memo.ts';
import { type Line, linesOf } from './shapes.ts';

/** A per-call-site row function over one shape argument, the shape parsed once per distinct value. */
function overShape<S>(parse: (value: unknown) => S | null, measure: (shape: S) => unknown) {
  return () => {
    const shape = lastValueMemo(parse);
    return (value: unknown) => {
      const parsed = shape(value);
      return parsed === null ? null : measure(parsed);
    };
  };
}

/** The single line of a LineString: interpolation and location are defined on one line only. */
function singleLine(value: unknown): Line | null {
  const lines = linesOf(value);
  return lines?.length === 1 ? lines[0] : null;
}

const asPoint = (point: LngLat | null) => (point === null ? null : pointGeometry(point));

function interpolatePoint() {
  const shape = lastValueMemo(singleLine);
  return (value: unknown, fraction: unknown) => {
    const line = shape(value);
    const f = asNumber(fraction);
    return line === null || f === null || f < 0 || f > 1 ? null : pointGeometry(pointAlong(line, f));
  };
}

function locatePoint() {
  const shape = lastValueMemo(singleLine);
  return (value: unknown, longitude: unknown, latitude: unknown) => {
    const line = shape(value);
    const point = lngLat(longitude, latitude);
    return line === null || point === null ? null : nearestOnLine(line, point).fraction;
  };
}

function closestOnLine() {
  const shape = lastValueMemo(linesOf);
  return (longitude: unknown, latitude: unknown, value: unknown) => {
    const lines = shape(value);
    const point = lngLat(longitude, latitude);
    return lines === null || point === null ? null : pointGeometry(nearestOnPaths(lines, point));
  };
}

/** geo-closest-point-on-polygon-function.md: a point inside the polygon is its own closest point. */
function closestOnPolygon() {
  const shape = lastValueMemo(parsePolygons);
  return (longitude: unknown, latitude: unknown, value: unknown) => {
    const polygons = shape(value);
    const point = lngLat(longitude, latitude);
    if (polygons === null || point === null) return null;
    return pointGeometry(polygonsContain(polygons, point) ? point : nearestOnPaths(polygons.rings.flat(), point));
  };
}

function azimuthBetween(lng1: unknown, lat1: unknown, lng2: unknown, lat2: unknown): number | null {
  const from = lngLat(lng1, lat1);
  const to = lngLat(lng2, lat2);
  return from === null || to === null ? null : azimuth(from, to);
}

/** geo-angle-function.md: the clockwise angle at the middle point from the first line to the second. */
function angleAt(...coordinates: unknown[]): number | null {
  const [p1, p2, p3] = [0, 2, 4].map((i) => lngLat(coordinates[i], coordinates[i + 1]));
  if (p1 === null || p2 === null || p3 === null) return null;
  const toFirst = azimuth(p2, p1);
  const toSecond = azimuth(p2, p3);
  if (toFirst === null || toSecond === null) return null;
  const turn = toSecond - toFirst;
  return turn < 0 ? turn + 2 * Math.PI : turn;
}

const REAL4 = ['number', 'number', 'number', 'number'] as const;

/** Lengths, areas, centroids, positions along lines and bearings (geo-line-*.md, geo-polygon-*.md). */
export const geoMeasureFunctions: readonly ScalarFunction[] = [
  geoScalar('geo_line_length', ['dynamic'], 'real', overShape(linesOf, linesLength)),
  geoScalar(
    'geo_line_centroid',
    ['dynamic'],
    'dynamic',
    overShape(linesOf, (lines) => asPoint(linesCentroid(lines))),
  ),
  geoScalar(
    'geo_polygon_area',
    ['dynamic'],
    'real',
    overShape(parsePolygons, (polygons) => polygonsArea(unionRings(polygons.rings))),
  ),
  geoScalar(
    'geo_polygon_perimeter',
    ['dynamic'],
    'real',
    overShape(parsePolygons, (polygons) => polygonsPerimeter(unionRings(polygons.rings))),
  ),
  geoScalar(
    'geo_polygon_centroid',
    ['dynamic'],
    'dynamic',
    overShape(parsePolygons, (polygons) => asPoint(polygonsCentroid(unionRings(polygons.rings)))),
  ),
  geoScalar('geo_line_interpolate_point', ['dynamic', 'number'], 'dynamic', interpolatePoint),
  geoScalar('geo_line_locate_point', ['dynamic', 'number', 'number'], 'real', locatePoint),
  geoScalar('geo_closest_point_on_line', ['number', 'number', 'dynamic'], 'dynamic', closestOnLine),
  geoScalar('geo_closest_point_on_polygon', ['number', 'number', 'dynamic'], 'dynamic', closestOnPolygon),
  defineScalar({ name: 'geo_azimuth', params: [...REAL4], result: 'real', impl: azimuthBetween }),
  defineScalar({ name: 'geo_angle', params: [...REAL4, 'number', 'number'], result: 'real', impl: angleAt }),
];
