import { defineScalar } from '../../define.ts';
import { lazyModule } from '../../lazy-module.ts';
import type { ScalarFunction } from '../../registry-types.ts';
import { asString } from '../../values.ts';
import { levelArgument, lngLat, pointGeometry } from './coordinates.ts';

const geohash = lazyModule<typeof import('ngeohash')>('ngeohash');

/** geo-point-to-geohash-function.md: 1 to 18 characters of the geohash base-32 alphabet. */
const GEOHASH = /^[0-9b-hjkmnp-z]{1,18}$/;

function geohashOf(value: unknown): string | null {
  const text = asString(value).trim().toLowerCase();
  return GEOHASH.test(text) ? text : null;
}

function pointToGeohash(longitude: unknown, latitude: unknown, accuracy?: unknown): string | null {
  const point = lngLat(longitude, latitude);
  const length = levelArgument(accuracy, 5, 1, 18);
  return point === null || length === null ? null : geohash().encode(point[1], point[0], length);
}

function centralPoint(value: unknown) {
  const hash = geohashOf(value);
  if (hash === null) return null;
  const { latitude, longitude } = geohash().decode(hash);
  return pointGeometry([longitude, latitude]);
}

function polygon(value: unknown) {
  const hash = geohashOf(value);
  if (hash === null) return null;
  const [south, west, north, east] = geohash().decode_bbox(hash);
  const ring = [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
    [west, south],
  ];
  return { type: 'Polygon', coordinates: [ring] };
}

/** ngeohash answers N, NE, E, SE, S, SW, W, NW; Kusto lists SW, NW, SE, N, W, NE, E, S. */
const KUSTO_NEIGHBOR_ORDER = [5, 7, 3, 0, 6, 1, 2, 4];

function neighbors(value: unknown): string[] | null {
  const hash = geohashOf(value);
  if (hash === null) return null;
  const around = geohash().neighbors(hash);
  return KUSTO_NEIGHBOR_ORDER.map((index) => around[index]);
}

/** The geohash functions (geo-*geohash*.md) over ngeohash. */
export const geoGeohashFunctions: readonly ScalarFunction[] = [
  defineScalar({
    name: 'geo_point_to_geohash',
    params: ['number', 'number'],
    optional: ['number'],
    result: 'string',
    impl: pointToGeohash,
  }),
  defineScalar({ name: 'geo_geohash_to_central_point', params: ['string'], result: 'dynamic', impl: centralPoint }),
  defineScalar({ name: 'geo_geohash_to_polygon', params: ['string'], result: 'dynamic', impl: polygon }),
  defineScalar({ name: 'geo_geohash_neighbors', params: ['string'], result: 'dynamic', impl: neighbors }),
];
