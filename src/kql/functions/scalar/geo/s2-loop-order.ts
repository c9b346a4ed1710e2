import type { PlanePoint, PlanePolygon } from './clip-plane.ts';

/** The id S2Builder gives an output edge that lies on no input edge (kNoInputEdgeId: after every real one). */
const NO_INPUT_EDGE = Number.MAX_SAFE_INTEGER;
/** Past this many output × input edge pairs the rings keep the clipper's order rather than cost quadratic time. */
const MAX_EDGE_PAIRS = 4_000_000;

/**
 * Puts the rings of a clipping result in the order S2 (and so Kusto) outputs them. S2Builder numbers the input
 * edges in order (the operands' loops one after another) and labels each output edge with the smallest input edge
 * it lies on. Each output loop starts at its vertex with the smallest S2 cell id and is then rotated so that the
 * edge with the highest label comes last ("when an output loop is equivalent to an input loop, their cyclic edge
 * orders are the same", s2builder_graph.h); loops are sorted by the label of their first edge.
 */
export function inS2LoopOrder(
  result: readonly PlanePolygon[],
  inputs: readonly PlanePoint[][],
  cellId: (point: PlanePoint) => bigint,
): PlanePolygon[] {
  const edges = inputs.flatMap((ring) => ring.slice(1).map((to, i): [PlanePoint, PlanePoint] => [ring[i], to]));
  const outputEdges = result.flat().reduce((sum, ring) => sum + ring.length - 1, 0);
  if (outputEdges * edges.length > MAX_EDGE_PAIRS) return [...result];
  const byFirstLabel = (a: OrderedRing, b: OrderedRing) => a.firstLabel - b.firstLabel;
  // GeoJSON keeps each shell first, then its holes.
  const ordered = result.map((polygon) => {
    const [shell, ...holes] = polygon.map((ring) => canonicalRing(ring, edges, cellId));
    return [shell, ...holes.sort(byFirstLabel)];
  });
  return ordered.sort((a, b) => byFirstLabel(a[0], b[0])).map((rings) => rings.map((ring) => ring.points));
}

interface OrderedRing {
  readonly points: PlanePoint[];
  readonly firstLabel: number;
}

function canonicalRing(
  closed: readonly PlanePoint[],
  edges: readonly [PlanePoint, PlanePoint][],
  cellId: (point: PlanePoint) => bigint,
): OrderedRing {
  const open = closed.slice(0, -1);
  const ids = open.map(cellId);
  const first = ids.reduce((best, id, i) => (id < ids[best] ? i : best), 0);
  const walked = [...open.slice(first), ...open.slice(0, first)];
  const labels = walked.map((from, i) => labelOf(from, walked[(i + 1) % walked.length], edges));
  const start = (lastOfHighest(labels) + 1) % labels.length;
  const points = [...walked.slice(start), ...walked.slice(0, start)];
  return {
    points: [...points, points[0]],
    firstLabel: labels[start],
  };
}

/**
 * Where the highest label sits; among several runs of it the first met, and the last edge of that run
 * (S2Builder's CanonicalizeLoopOrder: an input edge split in pieces keeps its pieces together at the end).
 */
function lastOfHighest(labels: readonly number[]): number {
  let position = 0;
  let sawGap = false;
  for (let i = 1; i < labels.length; i++) {
    const difference = labels[i] - labels[position];
    if (difference < 0) sawGap = true;
    else if (difference > 0 || !sawGap) {
      position = i;
      sawGap = false;
    }
  }
  return position;
}

/** The smallest id of the input edges the edge from a to b lies on. */
function labelOf(a: PlanePoint, b: PlanePoint, edges: readonly [PlanePoint, PlanePoint][]): number {
  const middle: PlanePoint = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  const id = edges.findIndex(([p, q]) => onSegment(middle, p, q));
  return id < 0 ? NO_INPUT_EDGE : id;
}

function onSegment(point: PlanePoint, p: PlanePoint, q: PlanePoint): boolean {
  const dx = q[0] - p[0];
  const dy = q[1] - p[1];
  const squared = dx * dx + dy * dy;
  const along = (point[0] - p[0]) * dx + (point[1] - p[1]) * dy;
  const across = (point[1] - p[1]) * dx - (point[0] - p[0]) * dy;
  return squared > 0 && along > 0 && along < squared && Math.abs(across) <= 1e-9 * squared;
}
