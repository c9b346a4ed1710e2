import type { ScalarFunction } from '../../registry-types.ts';
import { type LngLat, pointGeometry } from './coordinates.ts';
import { chain, cutFractions, edgeMeeting, edgesMeet, midpoint, positionOf, vectorEdges } from './crossings.ts';
import { geoScalar } from './define-geo.ts';
import { type Polygons, parsePolygons, polygonsContain } from './distance.ts';
import { lastValueMemo } from './memo.ts';
import { type Line, linesOf } from './shapes.ts';
import { angle, interpolate, toLngLat, type Vector } from './sphere.ts';

const EMPTY = { type: 'GeometryCollection', geometries: [] };

/** A row function of two shapes, each parsed once per distinct value; null when either is invalid. */
function overTwo<A, B>(parseA: (v: unknown) => A | null, parseB: (v: unknown) => B | null, f: (a: A, b: B) => unknown) {
  return () => {
    const first = lastValueMemo(parseA);
    const second = lastValueMemo(parseB);
    return (left: unknown, right: unknown) => {
      const a = first(left);
      const b = second(right);
      return a === null || b === null ? null : f(a, b);
    };
  };
}

const shellsOf = (polygons: Polygons) => polygons.rings.map((rings) => rings[0]);
const vertices = (paths: readonly (readonly LngLat[])[]) => paths.flat();

function linesIntersectPolygons(lines: Line[], polygons: Polygons): boolean {
  return (
    vertices(lines).some((point) => polygonsContain(polygons, point)) ||
    edgesMeet(vectorEdges(lines), vectorEdges(polygons.rings.flat()))
  );
}

function polygonsIntersect(a: Polygons, b: Polygons): boolean {
  return (
    vertices(shellsOf(a)).some((point) => polygonsContain(b, point)) ||
    vertices(shellsOf(b)).some((point) => polygonsContain(a, point)) ||
    edgesMeet(vectorEdges(a.rings.flat()), vectorEdges(b.rings.flat()))
  );
}

/** One GeoJSON geometry from points and polylines: the single kind when there is one, else a collection. */
function geometryOf(points: readonly LngLat[], paths: readonly LngLat[][]) {
  const parts = geometryParts(points, paths);
  return parts.length === 1 ? parts[0] : { type: 'GeometryCollection', geometries: parts };
}

/** The GeoJSON parts for points and polylines: a Point or MultiPoint, then a LineString or MultiLineString. */
export function geometryParts(points: readonly LngLat[], paths: readonly LngLat[][]): object[] {
  const pointPart =
    points.length === 0
      ? []
      : [points.length === 1 ? pointGeometry(points[0]) : { type: 'MultiPoint', coordinates: points }];
  const linePart =
    paths.length === 0
      ? []
      : [
          paths.length === 1
            ? { type: 'LineString', coordinates: paths[0] }
            : { type: 'MultiLineString', coordinates: paths },
        ];
  return [...pointPart, ...linePart];
}

/** geo-intersection-2lines-function.md: crossing points and shared stretches of two lines. */
function linesIntersection(a: Line[], b: Line[]) {
  const points: Vector[] = [];
  const stretches: [Vector, Vector][] = [];
  const right = vectorEdges(b);
  for (const [p, q] of vectorEdges(a))
    for (const [r, s] of right) {
      const meeting = edgeMeeting(p, q, r, s);
      if (meeting?.kind === 'point') points.push(meeting.at);
      if (meeting?.kind === 'overlap') stretches.push([meeting.from, meeting.to]);
    }
  const onStretch = (point: Vector) =>
    stretches.some(([from, to]) => Math.abs(angle(from, point) + angle(point, to) - angle(from, to)) <= 1e-12);
  const distinct = points.filter(
    (point, i) => !onStretch(point) && points.findIndex((other) => angle(other, point) <= 1e-12) === i,
  );
  const geometry = geometryOf(distinct.map(positionOf), chain(stretches));
  return geometry ?? EMPTY;
}

/** geo-intersection-line-with-polygon-function.md: the parts of the lines inside the polygons. */
function lineInPolygons(lines: Line[], polygons: Polygons) {
  const boundary = vectorEdges(polygons.rings.flat());
  const inside: [Vector, Vector][] = [];
  for (const [a, b] of vectorEdges(lines)) {
    const cuts = cutFractions(a, b, boundary);
    const at = (fraction: number) => (fraction === 0 ? a : fraction === 1 ? b : interpolate(a, b, fraction));
    for (let i = 1; i < cuts.length; i++) {
      const from = at(cuts[i - 1]);
      const to = at(cuts[i]);
      if (polygonsContain(polygons, toLngLat(midpoint(from, to)))) inside.push([from, to]);
    }
  }
  return geometryOf([], chain(inside)) ?? EMPTY;
}

export const geoIntersectionFunctions: readonly ScalarFunction[] = [
  geoScalar(
    'geo_intersects_2lines',
    ['dynamic', 'dynamic'],
    'bool',
    overTwo(linesOf, linesOf, (a, b) => edgesMeet(vectorEdges(a), vectorEdges(b))),
  ),
  geoScalar(
    'geo_intersects_line_with_polygon',
    ['dynamic', 'dynamic'],
    'bool',
    overTwo(linesOf, parsePolygons, linesIntersectPolygons),
  ),
  geoScalar(
    'geo_intersects_2polygons',
    ['dynamic', 'dynamic'],
    'bool',
    overTwo(parsePolygons, parsePolygons, polygonsIntersect),
  ),
  geoScalar('geo_intersection_2lines', ['dynamic', 'dynamic'], 'dynamic', overTwo(linesOf, linesOf, linesIntersection)),
  geoScalar(
    'geo_intersection_line_with_polygon',
    ['dynamic', 'dynamic'],
    'dynamic',
    overTwo(linesOf, parsePolygons, lineInPolygons),
  ),
];
