import type { Geom } from 'polyclip-ts';
import { lazyModule } from '../../lazy-module.ts';
import type { ScalarFunction } from '../../registry-types.ts';
import type { LngLat } from './coordinates.ts';
import { geoScalar } from './define-geo.ts';
import { type Polygons, parsePolygons } from './distance.ts';
import { lastValueMemo } from './memo.ts';
import type { PolygonRings } from './shapes.ts';

/**
 * Polygon union and intersection through polyclip-ts (the clipper Turf uses). It clips in the plane of longitude
 * and latitude, so the vertices it adds where edges cross differ from Kusto's geodesic crossings by a hair on
 * city-sized shapes; the input vertices are kept exactly.
 */
const polyclip = lazyModule<typeof import('polyclip-ts')>('polyclip-ts');

/** polyclip-ts's own copy of the polygons (it may reorder its input), as one multipolygon. */
function asGeom(polygons: readonly PolygonRings[]): Geom {
  return polygons.map((polygon) => polygon.map((ring) => ring.map(([x, y]): [number, number] => [x, y])));
}

/** A GeoJSON geometry for a clipping result: one polygon, several, or an empty collection. */
function geometryOf(result: readonly PolygonRings[]) {
  if (result.length === 0) return { type: 'GeometryCollection', geometries: [] };
  return result.length === 1
    ? { type: 'Polygon', coordinates: result[0] }
    : { type: 'MultiPolygon', coordinates: result };
}

/** The union of polygons, so overlapping parts of a multipolygon are measured once. */
export function unionRings(polygons: readonly PolygonRings[]): PolygonRings[] {
  if (polygons.length < 2) return [...polygons];
  return polyclip().union(asGeom(polygons)) as LngLat[][][];
}

/** geo-union-polygons-array-function.md: an array of polygons and multipolygons; any invalid one makes it null. */
function unionArray(value: unknown) {
  if (!Array.isArray(value)) return null;
  const parsed = value.map(parsePolygons);
  if (parsed.some((polygons) => polygons === null)) return null;
  const all = (parsed as Polygons[]).flatMap((polygons) => polygons.rings);
  return all.length === 0 ? null : geometryOf(unionRings(all));
}

/** geo-intersection-2polygons-function.md, for the shared area (a shared edge or point alone gives an empty collection). */
function intersection() {
  const first = lastValueMemo(parsePolygons);
  const second = lastValueMemo(parsePolygons);
  return (left: unknown, right: unknown) => {
    const a = first(left);
    const b = second(right);
    if (a === null || b === null) return null;
    return geometryOf(polyclip().intersection(asGeom(a.rings), asGeom(b.rings)) as LngLat[][][]);
  };
}

export const geoClippingFunctions: readonly ScalarFunction[] = [
  geoScalar('geo_union_polygons_array', ['dynamic'], 'dynamic', () => unionArray),
  geoScalar('geo_intersection_2polygons', ['dynamic', 'dynamic'], 'dynamic', intersection),
];
