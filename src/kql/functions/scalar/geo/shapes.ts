import { isPlainObject } from '../../values.ts';
import { type LngLat, lngLat } from './coordinates.ts';

/** A polygon as GeoJSON writes it: the shell ring first, then its holes; every ring closed. */
export type PolygonRings = readonly (readonly LngLat[])[];
export type Line = readonly LngLat[];

function positions(value: unknown): LngLat[] | null {
  if (!Array.isArray(value)) return null;
  const points: LngLat[] = [];
  for (const position of value) {
    const point = Array.isArray(position) && position.length >= 2 ? lngLat(position[0], position[1]) : null;
    if (point === null) return null;
    points.push(point);
  }
  return points;
}

const samePosition = (a: LngLat, b: LngLat) => a[0] === b[0] && a[1] === b[1];

/** A LinearRing Kusto accepts: closed, at least four positions, at least three of them distinct. */
function ring(value: unknown): LngLat[] | null {
  const points = positions(value);
  if (points === null || points.length < 4 || !samePosition(points[0], points[points.length - 1])) return null;
  const distinct = points.filter((point, i) => i === 0 || !samePosition(point, points[i - 1]));
  return new Set(distinct.map((p) => `${p[0]},${p[1]}`)).size >= 3 ? points : null;
}

function polygon(value: unknown): PolygonRings | null {
  if (!Array.isArray(value) || value.length === 0) return null;
  const rings = value.map(ring);
  return rings.every((r) => r !== null) ? (rings as LngLat[][]) : null;
}

function line(value: unknown): Line | null {
  const points = positions(value);
  return points !== null && points.length >= 2 ? points : null;
}

function allOrNull<T>(items: unknown, parse: (item: unknown) => T | null): T[] | null {
  if (!Array.isArray(items) || items.length === 0) return null;
  const parsed = items.map(parse);
  return parsed.every((item) => item !== null) ? (parsed as T[]) : null;
}

/** The parts of a GeoJSON single or multi geometry (`Polygon`/`MultiPolygon`), or null when it is neither or invalid. */
function partsOf<T>(
  value: unknown,
  single: string,
  multi: string,
  parse: (coordinates: unknown) => T | null,
): T[] | null {
  if (!isPlainObject(value)) return null;
  if (value.type === single) {
    const part = parse(value.coordinates);
    return part === null ? null : [part];
  }
  return value.type === multi ? allOrNull(value.coordinates, parse) : null;
}

/** The polygons of a GeoJSON Polygon or MultiPolygon. */
export function polygonsOf(value: unknown): PolygonRings[] | null {
  return partsOf(value, 'Polygon', 'MultiPolygon', polygon);
}

/** The lines of a GeoJSON LineString or MultiLineString. */
export function linesOf(value: unknown): Line[] | null {
  return partsOf(value, 'LineString', 'MultiLineString', line);
}

/** Every edge of a set of lines or rings, as consecutive position pairs. */
export function* edgesOf(paths: Iterable<readonly LngLat[]>): Generator<readonly [LngLat, LngLat]> {
  for (const path of paths) for (let i = 1; i < path.length; i++) yield [path[i - 1], path[i]];
}
