import * as h3 from 'h3-js';
import { defineScalar } from '../../define.ts';
import type { ScalarFunction } from '../../registry-types.ts';
import { asInteger, asString } from '../../values.ts';
import { levelArgument, lngLat, pointGeometry } from './coordinates.ts';

const MAX_RESOLUTION = 15;
/** geo-h3cell-children-function.md: at most five levels down (16,807 children). */
const MAX_CHILD_DEPTH = 5;
/** geo-h3cell-rings-function.md: ring distances in [0, 142]. */
const MAX_RING_DISTANCE = 142;

/** A valid H3 cell token, or null. */
function cellOf(value: unknown): string | null {
  const token = asString(value).trim().toLowerCase();
  return token !== '' && h3.isValidCell(token) ? token : null;
}

function pointToCell(longitude: unknown, latitude: unknown, resolution?: unknown): string | null {
  const point = lngLat(longitude, latitude);
  const level = levelArgument(resolution, 6, 0, MAX_RESOLUTION);
  return point === null || level === null ? null : h3.latLngToCell(point[1], point[0], level);
}

function centralPoint(value: unknown) {
  const cell = cellOf(value);
  if (cell === null) return null;
  const [lat, lng] = h3.cellToLatLng(cell);
  return pointGeometry([lng, lat]);
}

function polygon(value: unknown) {
  const cell = cellOf(value);
  return cell === null ? null : { type: 'Polygon', coordinates: [h3.cellToBoundary(cell, true)] };
}

function level(value: unknown): number | null {
  const cell = cellOf(value);
  return cell === null ? null : h3.getResolution(cell);
}

function parent(value: unknown, resolution?: unknown): string | null {
  const cell = cellOf(value);
  if (cell === null) return null;
  const own = h3.getResolution(cell);
  const target = levelArgument(resolution, own - 1, 0, MAX_RESOLUTION - 1);
  return target === null || target < 0 || target > own ? null : h3.cellToParent(cell, target);
}

function children(value: unknown, resolution?: unknown): string[] | null {
  const cell = cellOf(value);
  if (cell === null) return null;
  const own = h3.getResolution(cell);
  const target = levelArgument(resolution, own + 1, 1, MAX_RESOLUTION);
  return target === null || target < own || target - own > MAX_CHILD_DEPTH ? null : h3.cellToChildren(cell, target);
}

function neighbors(value: unknown): string[] | null {
  const cell = cellOf(value);
  return cell === null ? null : h3.gridDisk(cell, 1).filter((other) => other !== cell);
}

function rings(value: unknown, distance: unknown): string[][] | null {
  const cell = cellOf(value);
  const k = asInteger(distance);
  return cell === null || k === null || k < 0 || k > MAX_RING_DISTANCE ? null : h3.gridDiskDistances(cell, k);
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
  defineScalar({ name: 'geo_h3cell_rings', params: ['string', 'number'], result: 'dynamic', impl: rings }),
];
