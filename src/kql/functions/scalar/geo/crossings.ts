import type { LngLat } from './coordinates.ts';
import { angle, cross, interpolate, norm, normalize, scale, toLngLat, unitVector, type Vector } from './sphere.ts';

/** Angles below this (radians, about 6 µm on Earth) count as zero: a point this close to an arc is on it. */
const ON_ARC = 1e-12;

function onArc(p: Vector, a: Vector, b: Vector): boolean {
  return Math.abs(angle(a, p) + angle(p, b) - angle(a, b)) <= ON_ARC;
}

/** Where two geodesic edges meet: a point, a shared stretch (collinear overlap), or nothing. */
export type EdgeMeeting =
  | { readonly kind: 'point'; readonly at: Vector }
  | { readonly kind: 'overlap'; readonly from: Vector; readonly to: Vector }
  | null;

/** The meeting of arc a→b with arc c→d (each shorter than 180°). */
export function edgeMeeting(a: Vector, b: Vector, c: Vector, d: Vector): EdgeMeeting {
  const line = cross(cross(a, b), cross(c, d));
  if (norm(line) > ON_ARC) {
    const x = normalize(line);
    for (const candidate of [x, scale(x, -1)])
      if (onArc(candidate, a, b) && onArc(candidate, c, d)) return { kind: 'point', at: candidate };
    return null;
  }
  // The same great circle: the stretch of c→d that lies on a→b, ordered from a.
  const inside = [c, d, a, b].filter((p, i) => (i < 2 ? onArc(p, a, b) : onArc(p, c, d)));
  if (inside.length === 0) return null;
  const ordered = inside.sort((p, q) => angle(a, p) - angle(a, q));
  const [from, to] = [ordered[0], ordered[ordered.length - 1]];
  return angle(from, to) <= ON_ARC ? { kind: 'point', at: from } : { kind: 'overlap', from, to };
}

/** The written position of a vertex's vector, so results give back input vertices exactly as written. */
const written = new WeakMap<Vector, LngLat>();

function vertexVector(position: LngLat): Vector {
  const vector = unitVector(position);
  written.set(vector, position);
  return vector;
}

/** A position for a result: the input vertex itself when the vector is one, else the computed point. */
export function positionOf(vector: Vector): LngLat {
  return written.get(vector) ?? toLngLat(vector);
}

/** Every edge of a set of paths as unit-vector pairs. */
export function vectorEdges(paths: readonly (readonly LngLat[])[]): [Vector, Vector][] {
  return paths.flatMap((path) => {
    const vectors = path.map(vertexVector);
    return vectors.slice(1).map((to, i): [Vector, Vector] => [vectors[i], to]);
  });
}

/** Whether any edge of one set meets any edge of the other. */
export function edgesMeet(left: readonly [Vector, Vector][], right: readonly [Vector, Vector][]): boolean {
  return left.some(([a, b]) => right.some(([c, d]) => edgeMeeting(a, b, c, d) !== null));
}

/** The fractions (0…1 of its length) at which arc a→b meets the given edges, with its ends. */
export function cutFractions(a: Vector, b: Vector, edges: readonly [Vector, Vector][]): number[] {
  const length = angle(a, b);
  const cuts = [0, 1];
  for (const [c, d] of edges) {
    const meeting = edgeMeeting(a, b, c, d);
    if (meeting?.kind === 'point') cuts.push(angle(a, meeting.at) / length);
    if (meeting?.kind === 'overlap') cuts.push(angle(a, meeting.from) / length, angle(a, meeting.to) / length);
  }
  return [...new Set(cuts)].sort((x, y) => x - y);
}

/** Joins pieces (each a from→to pair of positions) that continue one another into polylines. */
export function chain(pieces: readonly (readonly [Vector, Vector])[]): LngLat[][] {
  const paths: Vector[][] = [];
  for (const [from, to] of pieces) {
    const last = paths[paths.length - 1];
    if (last !== undefined && angle(last[last.length - 1], from) <= ON_ARC) last.push(to);
    else paths.push([from, to]);
  }
  return paths.map((path) => path.map(positionOf));
}

/** The point halfway along an arc. */
export function midpoint(a: Vector, b: Vector): Vector {
  return interpolate(a, b, 0.5);
}
