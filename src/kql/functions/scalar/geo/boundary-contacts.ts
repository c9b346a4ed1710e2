import type { LngLat } from './coordinates.ts';
import { chain, edgeMeeting, midpoint, positionOf, vectorEdges } from './crossings.ts';
import { type Polygons, polygonsContain } from './distance.ts';
import { angle, toLngLat, type Vector } from './sphere.ts';

/** Points closer than this (radians) are one point. */
const SAME_POINT = 1e-12;

/**
 * Where the boundaries of two polygon sets meet outside their shared area: the points where they only touch and the
 * edge stretches they share. Kusto's polygons contain their boundary, so these belong to the intersection too
 * (geo-intersection-2polygons-function.md: two triangles sharing a vertex intersect in that point).
 */
export function boundaryContacts(a: Polygons, b: Polygons, shared: Polygons): { points: LngLat[]; paths: LngLat[][] } {
  const points: Vector[] = [];
  const stretches: [Vector, Vector][] = [];
  const right = vectorEdges(b.rings.flat());
  for (const [p, q] of vectorEdges(a.rings.flat()))
    for (const [r, s] of right) {
      const meeting = edgeMeeting(p, q, r, s);
      // A meeting at a vertex is that vertex, so the result writes it as the input does.
      if (meeting?.kind === 'point')
        points.push([p, q, r, s].find((v) => angle(v, meeting.at) <= SAME_POINT) ?? meeting.at);
      if (meeting?.kind === 'overlap') stretches.push([meeting.from, meeting.to]);
    }
  const outside = (point: Vector) => !polygonsContain(shared, toLngLat(point));
  const keptStretches = stretches.filter(([from, to]) => outside(midpoint(from, to)));
  const onStretch = (point: Vector) =>
    stretches.some(([from, to]) => Math.abs(angle(from, point) + angle(point, to) - angle(from, to)) <= SAME_POINT);
  const keptPoints = points.filter(
    (point, i) =>
      outside(point) && !onStretch(point) && points.findIndex((other) => angle(other, point) <= SAME_POINT) === i,
  );
  return { points: keptPoints.map(positionOf), paths: chain(keptStretches) };
}
