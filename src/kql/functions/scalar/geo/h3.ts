import { defineScalar } from '../../define.ts';
import { lazyModule } from '../../lazy-module.ts';
import type { ScalarFunction } from '../../registry-types.ts';
import { asInteger, asNumber, asString } from '../../values.ts';
import { type LngLat, levelArgument, lngLat, pointGeometry } from './coordinates.ts';
import { type Polygons, parsePolygons, polygonsContain } from './distance.ts';
import { polygonsArea } from './measures.ts';
import { lastValueMemo } from './memo.ts';
import { distanceToEdgeMeters, EARTH_RADIUS_METERS } from './sphere.ts';

const MAX_RESOLUTION = 15;
/** geo-h3cell-children-function.md: at most five levels down (16,807 children). */
const MAX_CHILD_DEPTH = 5;
/** geo-h3cell-rings-function.md: ring distances in [0, 142]. */
const MAX_RING_DISTANCE = 142;

const h3 = lazyModule<typeof import('h3-js')>('h3-js');

/** A valid H3 cell token, or null. */
function cellOf(value: unknown): string | null {
  const token = asString(value).trim().toLowerCase();
  return token !== '' && h3().isValidCell(token) ? token : null;
}

function pointToCell(longitude: unknown, latitude: unknown, resolution?: unknown): string | null {
  const point = lngLat(longitude, latitude);
  const level = levelArgument(resolution, 6, 0, MAX_RESOLUTION);
  return point === null || level === null ? null : h3().latLngToCell(point[1], point[0], level);
}

function centralPoint(value: unknown) {
  const cell = cellOf(value);
  if (cell === null) return null;
  const [lat, lng] = h3().cellToLatLng(cell);
  return pointGeometry([lng, lat]);
}

function polygon(value: unknown) {
  const cell = cellOf(value);
  return cell === null ? null : { type: 'Polygon', coordinates: [h3().cellToBoundary(cell, true)] };
}

function level(value: unknown): number | null {
  const cell = cellOf(value);
  return cell === null ? null : h3().getResolution(cell);
}

function parent(value: unknown, resolution?: unknown): string | null {
  const cell = cellOf(value);
  if (cell === null) return null;
  const own = h3().getResolution(cell);
  const target = levelArgument(resolution, own - 1, 0, MAX_RESOLUTION - 1);
  return target === null || target < 0 || target > own ? null : h3().cellToParent(cell, target);
}

function children(value: unknown, resolution?: unknown): string[] | null {
  const cell = cellOf(value);
  if (cell === null) return null;
  const own = h3().getResolution(cell);
  const target = levelArgument(resolution, own + 1, 1, MAX_RESOLUTION);
  return target === null || target < own || target - own > MAX_CHILD_DEPTH ? null : h3().cellToChildren(cell, target);
}

function neighbors(value: unknown): string[] | null {
  const cell = cellOf(value);
  return cell === null
    ? null
    : h3()
        .gridDisk(cell, 1)
        .filter((other) => other !== cell);
}

function rings(value: unknown, distance: unknown): string[][] | null {
  const cell = cellOf(value);
  const k = asInteger(distance);
  return cell === null || k === null || k < 0 || k > MAX_RING_DISTANCE ? null : h3().gridDiskDistances(cell, k);
}

/** geo-polygon-to-h3cells-function.md: at most 61,680 cells per polygon, else null. */
const MAX_POLYGON_CELLS = 61_680;

/** Cells whose centres lie in the polygon (h3-js, planar edges as the page says), or within `radius` meters of it. */
function polygonToCells() {
  const shape = lastValueMemo(parsePolygons);
  return (value: unknown, resolution?: unknown, radius?: unknown) => {
    const polygons = shape(value);
    const level = levelArgument(resolution, 6, 0, MAX_RESOLUTION);
    const meters = radius === undefined ? 0 : asNumber(radius);
    if (polygons === null || level === null || meters === null || meters < 0) return null;
    const cells = new Set<string>();
    for (const rings of polygons.rings) {
      const outline = meters === 0 ? rings : [boundingRing(rings[0], meters)];
      // Estimated first, so a continent at resolution 15 is refused instead of enumerated.
      if (polygonsArea([outline]) / h3().getHexagonAreaAvg(level, 'm2') > MAX_POLYGON_CELLS * 4) return null;
      for (const cell of h3().polygonToCells(
        outline.map((ring) => ring.map(([lng, lat]) => [lng, lat])),
        level,
        true,
      ))
        cells.add(cell);
      if (cells.size > MAX_POLYGON_CELLS * 4) return null;
    }
    const kept = meters === 0 ? [...cells] : [...cells].filter((cell) => withinRadius(cell, polygons, meters));
    return kept.length > MAX_POLYGON_CELLS ? null : kept;
  };
}

/** A rectangle around a ring, widened by `meters`: the candidates for a buffered polygon. */
function boundingRing(ring: readonly LngLat[], meters: number): LngLat[] {
  const lats = ring.map(([, lat]) => lat);
  const margin = (meters / EARTH_RADIUS_METERS) * (180 / Math.PI);
  const south = Math.max(-90, Math.min(...lats) - margin);
  const north = Math.min(90, Math.max(...lats) + margin);
  const widest = Math.cos((Math.min(89, Math.max(Math.abs(south), Math.abs(north))) * Math.PI) / 180);
  const lngs = ring.map(([lng]) => lng);
  const west = Math.max(-180, Math.min(...lngs) - margin / widest);
  const east = Math.min(180, Math.max(...lngs) + margin / widest);
  return [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
    [west, south],
  ];
}

function withinRadius(cell: string, polygons: Polygons, meters: number): boolean {
  const [lat, lng] = h3().cellToLatLng(cell);
  if (polygonsContain(polygons, [lng, lat])) return true;
  return polygons.rings
    .flat()
    .some((ring) => ring.slice(1).some((to, i) => distanceToEdgeMeters([lng, lat], ring[i], to) <= meters));
}

/** The H3 functions (geo-*-h3cell*.md) over Uber's h3-js; bad tokens or resolutions give null or "". */
export const geoH3Functions: readonly ScalarFunction[] = [
  defineScalar({
    name: 'geo_point_to_h3cell',
    params: ['number', 'number'],
    optional: ['number'],
    result: 'string',
    impl: pointToCell,
  }),
  defineScalar({ name: 'geo_h3cell_to_central_point', params: ['string'], result: 'dynamic', impl: centralPoint }),
  defineScalar({ name: 'geo_h3cell_to_polygon', params: ['string'], result: 'dynamic', impl: polygon }),
  defineScalar({ name: 'geo_h3cell_level', params: ['string'], result: 'int', impl: level }),
  defineScalar({ name: 'geo_h3cell_parent', params: ['string'], optional: ['number'], result: 'string', impl: parent }),
  defineScalar({
    name: 'geo_h3cell_children',
    params: ['string'],
    optional: ['number'],
    result: 'dynamic',
    impl: children,
  }),
  defineScalar({ name: 'geo_h3cell_neighbors', params: ['string'], result: 'dynamic', impl: neighbors }),
  defineScalar({
    name: 'geo_polygon_to_h3cells',
    params: ['dynamic'],
    optional: ['number', 'number'],
    result: 'dynamic',
    compile: polygonToCells,
  }),
  defineScalar({ name: 'geo_h3cell_rings', params: ['string', 'number'], result: 'dynamic', impl: rings }),
];
