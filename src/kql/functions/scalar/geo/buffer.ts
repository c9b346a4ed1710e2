import { defineScalar } from '../../define.ts';
import type { ScalarFunction } from '../../registry-types.ts';
import { asNumber } from '../../values.ts';
import { type LngLat, lngLat } from './coordinates.ts';
import { EARTH_RADIUS_METERS } from './sphere.ts';

/** geo-point-buffer-function.md: tolerance 10 m by default, at least 0.0001% of the radius. */
const DEFAULT_TOLERANCE = 10;
const MIN_RELATIVE_TOLERANCE = 1e-6;
const MIN_VERTICES = 4;

/** The point `meters` away from a start along the given bearing (radians clockwise from north), on the sphere. */
function destination([lng, lat]: LngLat, bearing: number, meters: number): LngLat {
  const phi = (lat * Math.PI) / 180;
  const lambda = (lng * Math.PI) / 180;
  const delta = meters / EARTH_RADIUS_METERS;
  const phi2 = Math.asin(Math.sin(phi) * Math.cos(delta) + Math.cos(phi) * Math.sin(delta) * Math.cos(bearing));
  const lambda2 =
    lambda +
    Math.atan2(Math.sin(bearing) * Math.sin(delta) * Math.cos(phi), Math.cos(delta) - Math.sin(phi) * Math.sin(phi2));
  const wrapped = ((((lambda2 * 180) / Math.PI + 540) % 360) + 360) % 360;
  return [wrapped - 180, (phi2 * 180) / Math.PI];
}

/**
 * `geo_point_buffer(lng, lat, radius, tolerance)`: a counterclockwise polygon of geodesic edges around the point,
 * with enough vertices that no edge strays more than the tolerance inside the circle of the radius.
 */
function pointBuffer(longitude: unknown, latitude: unknown, radius: unknown, tolerance?: unknown) {
  const center = lngLat(longitude, latitude);
  const meters = asNumber(radius);
  const slack = tolerance === undefined ? DEFAULT_TOLERANCE : asNumber(tolerance);
  if (center === null || meters === null || !(meters > 0) || slack === null) return null;
  if (slack < meters * MIN_RELATIVE_TOLERANCE) return null;
  // A chord of the circle strays r·(1 − cos(π/n)) inside it.
  const vertices = Math.max(MIN_VERTICES, Math.ceil(Math.PI / Math.acos(Math.max(0, 1 - slack / meters))));
  const ring = Array.from({ length: vertices }, (_, k) => destination(center, (-2 * Math.PI * k) / vertices, meters));
  return { type: 'Polygon', coordinates: [[...ring, ring[0]]] };
}

export const geoBufferFunctions: readonly ScalarFunction[] = [
  defineScalar({
    name: 'geo_point_buffer',
    params: ['number', 'number', 'number'],
    optional: ['number'],
    result: 'dynamic',
    impl: pointBuffer,
  }),
];
