import type { S2CellId, S2Point } from 'nodes2ts';
import { defineScalar } from '../../define.ts';
import type { ScalarFunction } from '../../registry-types.ts';
import { asNumber, asString } from '../../values.ts';
import { type LngLat, levelArgument, lngLat, pointGeometry } from './coordinates.ts';
import { parsePolygons } from './distance.ts';
import { lastValueMemo } from './memo.ts';
import { coverLines, coverPolygons } from './s2-covering.ts';
import { s2 } from './s2-library.ts';
import { linesOf } from './shapes.ts';

const MAX_LEVEL = 30;
const TOKEN = /^[0-9a-f]{1,16}$/;

/** A valid S2 cell from its token, or null. */
function cellOf(value: unknown): S2CellId | null {
  const token = asString(value).trim().toLowerCase();
  if (!TOKEN.test(token)) return null;
  const id = s2().S2CellId.fromToken(token);
  return id.isValid() ? id : null;
}

function lngLatOf(point: S2Point): LngLat {
  const ll = s2().S2LatLng.fromPoint(point);
  return [ll.lngDegrees, ll.latDegrees];
}

function pointToCell(longitude: unknown, latitude: unknown, level?: unknown): string | null {
  const point = lngLat(longitude, latitude);
  const wanted = levelArgument(level, 11, 0, MAX_LEVEL);
  if (point === null || wanted === null) return null;
  return s2().S2CellId.fromPoint(s2().S2LatLng.fromDegrees(point[1], point[0]).toPoint()).parentL(wanted).toToken();
}

function centralPoint(value: unknown) {
  const id = cellOf(value);
  return id === null ? null : pointGeometry(lngLatOf(id.toPoint()));
}

function polygon(value: unknown) {
  const id = cellOf(value);
  if (id === null) return null;
  const cell = new (s2().S2Cell)(id);
  const ring = [0, 1, 2, 3, 0].map((k) => lngLatOf(cell.getVertex(k)));
  return { type: 'Polygon', coordinates: [ring] };
}

function neighbors(value: unknown): string[] | null {
  const id = cellOf(value);
  return id === null ? null : id.getAllNeighbors(id.level()).map((other) => other.toToken());
}

/**
 * geo_polygon_to_s2cells and geo_line_to_s2cells: (shape, level = 11, radius = 0) to the tokens covering the shape,
 * null for a bad shape, level or radius.
 */
function shapeToCells<T>(
  parse: (value: unknown) => T | null,
  coverShape: (shape: T, level: number, radius: number) => string[] | null,
) {
  return () => {
    const shape = lastValueMemo(parse);
    return (value: unknown, level?: unknown, radius?: unknown) => {
      const parsed = shape(value);
      const wanted = levelArgument(level, 11, 0, MAX_LEVEL);
      const meters = radius === undefined ? 0 : asNumber(radius);
      if (parsed === null || wanted === null || meters === null || meters < 0) return null;
      return coverShape(parsed, wanted, meters);
    };
  };
}

/** The S2 functions (geo-*s2cell*.md) over nodes2ts, a TypeScript port of Google's S2 geometry. */
export const geoS2Functions: readonly ScalarFunction[] = [
  defineScalar({
    name: 'geo_point_to_s2cell',
    params: ['number', 'number'],
    optional: ['number'],
    result: 'string',
    impl: pointToCell,
  }),
  defineScalar({ name: 'geo_s2cell_to_central_point', params: ['string'], result: 'dynamic', impl: centralPoint }),
  defineScalar({ name: 'geo_s2cell_to_polygon', params: ['string'], result: 'dynamic', impl: polygon }),
  defineScalar({
    name: 'geo_polygon_to_s2cells',
    params: ['dynamic'],
    optional: ['number', 'number'],
    result: 'dynamic',
    compile: shapeToCells(parsePolygons, coverPolygons),
  }),
  defineScalar({
    name: 'geo_line_to_s2cells',
    params: ['dynamic'],
    optional: ['number', 'number'],
    result: 'dynamic',
    compile: shapeToCells(linesOf, coverLines),
  }),
  defineScalar({ name: 'geo_s2cell_neighbors', params: ['string'], result: 'dynamic', impl: neighbors }),
];
