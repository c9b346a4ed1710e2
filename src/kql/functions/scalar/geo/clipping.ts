import type { Geom } from 'polyclip-ts';
import { lazyModule } from '../../lazy-module.ts';
import type { ScalarFunction } from '../../registry-types.ts';
import type { LngLat } from './coordinates.ts';
import { geoScalar } from './define-geo.ts';
import { type Polygons, parsePolygons } from './distance.ts';
import { gnomonicAround } from './gnomonic.ts';
import { lastValueMemo } from './memo.ts';
import type { PolygonRings } from './shapes.ts';

/**
 * Polygon union and intersection through polyclip-ts (the clipper Turf uses), run in the gnomonic projection of the
 * shapes so that edges are great-circle arcs and the vertices it adds are the geodesic crossings Kusto finds
 * (geo-intersection-2polygons-function.md: "polygon edges are geodesics"). Input vertices come back exactly.
 * Shapes spanning more than a hemisphere are clipped in the plane of longitude and latitude instead.
 */
const polyclip = lazyModule<typeof import('polyclip-ts')>('polyclip-ts');

type Clip = (geoms: Geom[]) => LngLat[][][];

/**
 * Runs a polyclip-ts operation over the operands (each a list of polygons) in their gnomonic projection and maps
 * the result back; projected input vertices map back to the very input coordinates.
 */
function clipGeodesic(operands: readonly (readonly PolygonRings[])[], clip: Clip): PolygonRings[] {
  const projection = gnomonicAround(operands.flat(3));
  if (projection === null) return clip(operands.map((polygons) => asGeom(polygons, (point) => [...point])));
  const inputs = new Map<string, LngLat>();
  const geoms = operands.map((polygons) =>
    asGeom(polygons, (point) => {
      const projected = projection.project(point);
      inputs.set(`${projected[0]},${projected[1]}`, point);
      return projected;
    }),
  );
  return clip(geoms).map((polygon) =>
    polygon.map((ring) => ring.map((point) => inputs.get(`${point[0]},${point[1]}`) ?? projection.unproject(point))),
  );
}

/** polyclip-ts's own copy of the polygons (it may reorder its input), as one multipolygon. */
function asGeom(polygons: readonly PolygonRings[], place: (point: LngLat) => [number, number]): Geom {
  return polygons.map((polygon) => polygon.map((ring) => ring.map(place)));
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
  return clipGeodesic([polygons], ([geom]) => polyclip().union(geom) as LngLat[][][]);
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
    const shared = clipGeodesic([a.rings, b.rings], ([x, y]) => polyclip().intersection(x, y) as LngLat[][][]);
    return geometryOf(shared);
  };
}

export const geoClippingFunctions: readonly ScalarFunction[] = [
  geoScalar('geo_union_polygons_array', ['dynamic'], 'dynamic', () => unionArray),
  geoScalar('geo_intersection_2polygons', ['dynamic', 'dynamic'], 'dynamic', intersection),
];
