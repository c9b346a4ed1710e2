import type { Geom } from 'polyclip-ts';
import { lazyModule } from '../../lazy-module.ts';
import type { ScalarFunction } from '../../registry-types.ts';
import { boundaryContacts } from './boundary-contacts.ts';
import { ClipPlane, type PlanePolygon } from './clip-plane.ts';
import { geoScalar } from './define-geo.ts';
import { type Polygons, parsePolygons, polygonsFromRings } from './distance.ts';
import { geometryParts } from './intersections.ts';
import { lastValueMemo } from './memo.ts';
import { inS2LoopOrder } from './s2-loop-order.ts';
import type { PolygonRings } from './shapes.ts';

/**
 * Polygon union and intersection through polyclip-ts (the clipper Turf uses), run in the gnomonic projection of the
 * shapes so that edges are great-circle arcs and the vertices it adds are the geodesic crossings Kusto finds
 * (geo-intersection-2polygons-function.md: "polygon edges are geodesics"). Input vertices come back exactly, and
 * the rings come out in the order S2, which Kusto's geo functions are built on, gives them (inS2LoopOrder).
 */
const polyclip = lazyModule<typeof import('polyclip-ts')>('polyclip-ts');

/** polyclip-ts's own copy of the polygons: it may reorder what it is given, and the labels read the originals. */
const asGeom = (polygons: readonly PlanePolygon[]): Geom =>
  polygons.map((polygon) => polygon.map((ring) => ring.map(([x, y]): [number, number] => [x, y])));

/** a ∪ b or a ∩ b in the plane, its rings labelled by a's edges, then b's. */
function clip(kind: 'union' | 'intersection', a: PlanePolygon[], b: PlanePolygon[], plane: ClipPlane): PlanePolygon[] {
  const result = polyclip()[kind](asGeom(a), asGeom(b)) as PlanePolygon[];
  return inS2LoopOrder(result, [...a.flat(), ...b.flat()], (point) => plane.cellId(point));
}

/** A GeoJSON geometry for a clipping result: one polygon, several, or an empty collection. */
export function geometryOf(result: readonly PolygonRings[]) {
  if (result.length === 0) return { type: 'GeometryCollection', geometries: [] };
  return result.length === 1
    ? { type: 'Polygon', coordinates: result[0] }
    : { type: 'MultiPolygon', coordinates: result };
}

/**
 * The union of polygons, so overlapping parts of a multipolygon are measured once. `unitExtent` (for the many small
 * overlapping parts of a buffer) clips at unit scale; see ClipPlane.
 */
export function unionRings(polygons: readonly PolygonRings[], unitExtent = false): PolygonRings[] {
  if (polygons.length < 2) return [...polygons];
  const plane = new ClipPlane(polygons.flat(2), unitExtent);
  return plane.toSphere(polyclip().union(asGeom(plane.toPlane(polygons))) as PlanePolygon[]);
}

interface Queued {
  readonly vertices: number;
  readonly polygons: PlanePolygon[];
  readonly arrival: number;
}

/**
 * Unions the shapes as S2's DestructiveUnion does, whose order the result's rings follow: repeatedly the two with
 * the fewest vertices (the earlier first among equals), the union counted as their sum.
 */
function unionInS2Order(shapes: readonly Polygons[], plane: ClipPlane): PlanePolygon[] {
  const queue: Queued[] = shapes.map((shape, arrival) => {
    const polygons = plane.toPlane(shape.rings);
    return {
      vertices: shape.rings.flat().reduce((sum, ring) => sum + ring.length - 1, 0),
      // A multipolygon's overlapping parts are one region (geo-polygon-area-function.md measures them so).
      polygons: polygons.length > 1 ? clip('union', polygons, [], plane) : polygons,
      arrival,
    };
  });
  let arrival = queue.length;
  while (queue.length > 1) {
    queue.sort((x, y) => x.vertices - y.vertices || x.arrival - y.arrival);
    const [a, b] = queue.splice(0, 2);
    queue.push({
      vertices: a.vertices + b.vertices,
      polygons: clip('union', a.polygons, b.polygons, plane),
      arrival: arrival++,
    });
  }
  return queue[0].polygons;
}

/** geo-union-polygons-array-function.md: an array of polygons and multipolygons; any invalid one makes it null. */
function unionArray(value: unknown) {
  if (!Array.isArray(value)) return null;
  const parsed = value.map(parsePolygons);
  if (parsed.some((polygons) => polygons === null)) return null;
  const shapes = (parsed as Polygons[]).filter((shape) => shape.rings.length > 0);
  if (shapes.length === 0) return null;
  const plane = new ClipPlane(shapes.flatMap((shape) => shape.rings.flat(2)));
  return geometryOf(plane.toSphere(unionInS2Order(shapes, plane)));
}

/**
 * geo-intersection-2polygons-function.md: the shared area, and the points and edges where the boundaries only touch
 * (points first, then lines, then the area, in a collection when there are several kinds).
 */
function intersection() {
  const first = lastValueMemo(parsePolygons);
  const second = lastValueMemo(parsePolygons);
  return (left: unknown, right: unknown) => {
    const a = first(left);
    const b = second(right);
    if (a === null || b === null) return null;
    const plane = new ClipPlane([...a.rings.flat(2), ...b.rings.flat(2)]);
    const area = plane.toSphere(clip('intersection', plane.toPlane(a.rings), plane.toPlane(b.rings), plane));
    const { points, paths } = boundaryContacts(a, b, polygonsFromRings(area));
    const parts = [...geometryParts(points, paths), ...(area.length === 0 ? [] : [geometryOf(area)])];
    return parts.length === 1 ? parts[0] : { type: 'GeometryCollection', geometries: parts };
  };
}

export const geoClippingFunctions: readonly ScalarFunction[] = [
  geoScalar('geo_union_polygons_array', ['dynamic'], 'dynamic', () => unionArray),
  geoScalar('geo_intersection_2polygons', ['dynamic', 'dynamic'], 'dynamic', intersection),
];
