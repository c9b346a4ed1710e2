import { asInteger, asNumber, isNull } from '../../values.ts';

/** Kusto's geo functions run on S2's spherical earth; their documented distances match this radius. */
export const EARTH_RADIUS_METERS = 6371010;

/** A GeoJSON position: longitude, then latitude, in degrees. */
export type LngLat = readonly [number, number];
type Vector = readonly [number, number, number];

/** A valid point, or null: Kusto answers null for a longitude outside [-180, 180] or a latitude outside [-90, 90]. */
export function lngLat(longitude: unknown, latitude: unknown): LngLat | null {
  const lng = asNumber(longitude);
  const lat = asNumber(latitude);
  if (lng === null || lat === null || !(lng >= -180 && lng <= 180) || !(lat >= -90 && lat <= 90)) return null;
  return [lng, lat];
}

/**
 * An optional whole-number argument in [min, max]: its default when absent (one argument fewer),
 * null when given but null or out of range (`geo_point_to_h3cell(1, 1, int(null))` is empty).
 */
export function levelArgument(value: unknown, fallback: number, min: number, max: number): number | null {
  if (value === undefined) return fallback;
  if (isNull(value)) return null;
  const level = asInteger(value);
  return level !== null && level >= min && level <= max ? level : null;
}

/** A GeoJSON Point for a result. */
export function pointGeometry([lng, lat]: LngLat): Record<string, unknown> {
  return { type: 'Point', coordinates: [lng, lat] };
}

const RADIANS = Math.PI / 180;

function unitVector([lng, lat]: LngLat): Vector {
  const phi = lat * RADIANS;
  const lambda = lng * RADIANS;
  return [Math.cos(phi) * Math.cos(lambda), Math.cos(phi) * Math.sin(lambda), Math.sin(phi)];
}

function cross(a: Vector, b: Vector): Vector {
  return [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
}

function dot(a: Vector, b: Vector): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}

function norm(a: Vector): number {
  return Math.sqrt(dot(a, a));
}

/** The angle between two unit vectors, accurate for tiny and near-antipodal angles alike. */
function angle(a: Vector, b: Vector): number {
  return Math.atan2(norm(cross(a, b)), dot(a, b));
}

/** Great-circle distance in meters. */
export function distanceMeters(a: LngLat, b: LngLat): number {
  return angle(unitVector(a), unitVector(b)) * EARTH_RADIUS_METERS;
}

/** Distance in meters from a point to the shortest great-circle arc between two points (a geodesic edge). */
export function distanceToEdgeMeters(point: LngLat, from: LngLat, to: LngLat): number {
  const p = unitVector(point);
  const a = unitVector(from);
  const b = unitVector(to);
  const normal = cross(a, b);
  const length = norm(normal);
  const endpoints = Math.min(angle(p, a), angle(p, b));
  if (length === 0) return endpoints * EARTH_RADIUS_METERS;
  const n: Vector = [normal[0] / length, normal[1] / length, normal[2] / length];
  // The foot of the perpendicular lies on the arc only when it is on a's side of b and b's side of a.
  const inside = dot(cross(a, p), n) >= 0 && dot(cross(p, b), n) >= 0;
  const perpendicular = Math.asin(Math.min(1, Math.abs(dot(p, n))));
  return (inside ? Math.min(perpendicular, endpoints) : endpoints) * EARTH_RADIUS_METERS;
}
