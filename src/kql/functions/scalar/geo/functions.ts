import { defineScalar } from '../../define.ts';
import type { ScalarFunction } from '../../registry-types.ts';
import { geoBufferFunctions } from './buffer.ts';
import { geoClippingFunctions } from './clipping.ts';
import { geoDensifyFunctions } from './densify.ts';
import { geoDistanceFunctions } from './distance.ts';
import { geoGeohashFunctions } from './geohash.ts';
import { geoH3Functions } from './h3.ts';
import { geoIntersectionFunctions } from './intersections.ts';
import { geoInfoFromIpAddress } from './ip-location.ts';
import { geoLineUnionFunctions } from './line-union.ts';
import { geoMeasureFunctions } from './measure-functions.ts';
import { geoS2Functions } from './s2.ts';
import { geoSimplifyFunctions } from './simplify.ts';
import { geoWktFunctions } from './wkt.ts';

/** Kusto's geo_* scalar functions (data-explorer/kusto/query/geo-*.md). */
export const geoFunctions: readonly ScalarFunction[] = [
  defineScalar({ name: 'geo_info_from_ip_address', params: ['string'], result: 'dynamic', impl: geoInfoFromIpAddress }),
  ...geoDistanceFunctions,
  ...geoMeasureFunctions,
  ...geoDensifyFunctions,
  ...geoIntersectionFunctions,
  ...geoClippingFunctions,
  ...geoLineUnionFunctions,
  ...geoBufferFunctions,
  ...geoSimplifyFunctions,
  ...geoH3Functions,
  ...geoGeohashFunctions,
  ...geoS2Functions,
  ...geoWktFunctions,
];
