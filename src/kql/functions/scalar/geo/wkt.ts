import { defineScalar } from '../../define.ts';
import { lazyModule } from '../../lazy-module.ts';
import type { ScalarFunction } from '../../registry-types.ts';
import { asString, isPlainObject } from '../../values.ts';

const terraformer = lazyModule<typeof import('@terraformer/wkt')>('@terraformer/wkt');

/** Two numbers per position: Z and M values are "unsupported" (geo-from-wkt-function.md), so null. */
function isPlanar(geometry: Record<string, unknown>): boolean {
  const positionsOnly = (value: unknown): boolean =>
    Array.isArray(value) &&
    (value.every((item) => typeof item === 'number') ? value.length === 2 : value.every(positionsOnly));
  if (geometry.type === 'GeometryCollection')
    return (
      Array.isArray(geometry.geometries) && geometry.geometries.every((part) => isPlainObject(part) && isPlanar(part))
    );
  return !('properties' in geometry) && positionsOnly(geometry.coordinates);
}

/** `geo_from_wkt(text)`: the GeoJSON of a well-known-text geometry (Esri's @terraformer/wkt); null when invalid. */
function fromWkt(value: unknown): unknown {
  const text = asString(value).trim();
  if (text === '') return null;
  try {
    // Keywords are case-insensitive in WKT; the parser knows them in capitals (numbers are unchanged by it).
    const geometry = terraformer().wktToGeoJSON(text.toUpperCase()) as unknown;
    return isPlainObject(geometry) && isPlanar(geometry) ? geometry : null;
  } catch {
    return null;
  }
}

export const geoWktFunctions: readonly ScalarFunction[] = [
  defineScalar({ name: 'geo_from_wkt', params: ['string'], result: 'dynamic', impl: fromWkt }),
];
