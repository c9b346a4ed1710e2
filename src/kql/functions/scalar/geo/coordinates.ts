import { asInteger, asNumber, isNull } from '../../values.ts';

/** A GeoJSON position: longitude, then latitude, in degrees. */
export type LngLat = readonly [number, number];

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
