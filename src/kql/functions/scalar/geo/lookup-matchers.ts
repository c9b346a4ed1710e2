import { lngLat } from './coordinates.ts';
import { parsePolygons, polygonsContain } from './distance.ts';
import { linesOf } from './shapes.ts';
import { distanceToEdgeMeters } from './sphere.ts';

/** Whether a location (longitude, latitude, any values) matches one lookup shape. */
export type LocationMatcher = (longitude: unknown, latitude: unknown) => boolean;

function withinMeters(paths: Iterable<readonly (readonly [number, number])[]>, radius: number) {
  const edges = [...paths].flatMap((path) => path.slice(1).map((to, i) => [path[i], to] as const));
  return (point: readonly [number, number]) =>
    edges.some(([from, to]) => distanceToEdgeMeters(point, from, to) <= radius);
}

/**
 * geo-polygon-lookup-plugin.md: a location matches a polygon that contains it or, with a radius, whose
 * boundary is within that many meters. Null for a shape that is no valid polygon (it matches nothing).
 */
export function polygonMatcher(shape: unknown, radius?: number): LocationMatcher | null {
  const polygons = parsePolygons(shape);
  if (polygons === null) return null;
  const near = radius === undefined ? undefined : withinMeters(polygons.rings.flat(), radius);
  return (longitude, latitude) => {
    const point = lngLat(longitude, latitude);
    return point !== null && (polygonsContain(polygons, point) || near?.(point) === true);
  };
}

/** geo-line-lookup-plugin.md: a location matches a line within `radius` meters of it. */
export function lineMatcher(shape: unknown, radius: number): LocationMatcher | null {
  const lines = linesOf(shape);
  if (lines === null) return null;
  const near = withinMeters(lines, radius);
  return (longitude, latitude) => {
    const point = lngLat(longitude, latitude);
    return point !== null && near(point);
  };
}
