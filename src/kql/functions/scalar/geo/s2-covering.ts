import type { S2CellId } from 'nodes2ts';
import { edgeMeeting, vectorEdges } from './crossings.ts';
import type { Polygons } from './distance.ts';
import { linesLength, polygonsArea, polygonsPerimeter } from './measures.ts';
import { s2 } from './s2-library.ts';
import type { Line } from './shapes.ts';
import { angle, closestOnEdge, EARTH_RADIUS_METERS, insideRing, unitVector, type Vector } from './sphere.ts';

/** geo-polygon-to-s2cells-function.md: at most 65,536 tokens per polygon, else null. */
const MAX_CELLS = 65_536;

class TooManyCells extends Error {}

/** Radians between two geodesic edges that do not cross: the nearest endpoint to the other edge. */
function edgeGap([a, b]: readonly [Vector, Vector], [c, d]: readonly [Vector, Vector]): number {
  if (edgeMeeting(a, b, c, d) !== null) return 0;
  return Math.min(
    ...[a, b].map((p) => angle(p, closestOnEdge(p, c, d))),
    ...[c, d].map((p) => angle(p, closestOnEdge(p, a, b))),
  );
}

/** What a covering needs of a shape: its edges and vertices, and whether a point is inside it (lines: never). */
interface Coverable {
  readonly boundary: readonly (readonly [Vector, Vector])[];
  readonly vertices: readonly Vector[];
  readonly inside: (point: Vector) => boolean;
}

/**
 * The cells of one level that cover polygons (or everything within `radius` meters of them): cells are refined
 * from the six faces down, keeping those that touch the shape. Cell edges are geodesics, as the polygon's are.
 */
export function coverPolygons(polygons: Polygons, level: number, radius: number): string[] | null {
  // Cells of a level differ in area by at most about 2×, so a polygon this large needs too many: say so at once
  // instead of refining 65,536 cells first.
  const largestCell = (2 * 4 * Math.PI) / (6 * 4 ** level);
  if (polygonsArea(polygons.rings) / EARTH_RADIUS_METERS ** 2 > MAX_CELLS * largestCell) return null;
  if (tooLongToCover(polygonsPerimeter(polygons.rings), level)) return null;
  return cover(
    {
      boundary: vectorEdges(polygons.rings.flat()),
      vertices: polygons.vectors.flat(2),
      inside: (p) =>
        polygons.vectors.some(
          ([shell, ...holes]) => insideRing(p, shell) && !holes.some((hole) => insideRing(p, hole)),
        ),
    },
    level,
    radius,
  );
}

/** geo-line-to-s2cells-function.md: the cells of one level that lines (and everything within `radius` of them) touch. */
export function coverLines(lines: readonly Line[], level: number, radius: number): string[] | null {
  if (tooLongToCover(linesLength(lines), level)) return null;
  return cover(
    { boundary: vectorEdges(lines), vertices: lines.flat().map(unitVector), inside: () => false },
    level,
    radius,
  );
}

/** A boundary longer than 65,536 cell diagonals (under 2.5 / 2^level radians each) crosses too many cells. */
function tooLongToCover(meters: number, level: number): boolean {
  return meters / EARTH_RADIUS_METERS > MAX_CELLS * (2.5 / 2 ** level);
}

function cover({ boundary, vertices, inside }: Coverable, level: number, radius: number): string[] | null {
  const reach = radius / EARTH_RADIUS_METERS;
  const touches = (id: S2CellId) => {
    const cell = new (s2().S2Cell)(id);
    const corners: Vector[] = [0, 1, 2, 3].map((k) => {
      const v = cell.getVertex(k);
      return [v.x, v.y, v.z];
    });
    const sides = corners.map((corner, k): [Vector, Vector] => [corner, corners[(k + 1) % 4]]);
    return (
      corners.some(inside) ||
      vertices.some(([x, y, z]) => cell.contains(new (s2().S2Point)(x, y, z))) ||
      sides.some((side) => boundary.some((edge) => edgeGap(side, edge) <= reach))
    );
  };
  const tokens: string[] = [];
  const visit = (id: S2CellId) => {
    if (!touches(id)) return;
    if (id.level() === level) {
      if (tokens.length >= MAX_CELLS) throw new TooManyCells();
      tokens.push(id.toToken());
      return;
    }
    for (let child = id.childBegin(), k = 0; k < 4; child = child.next(), k++) visit(child);
  };
  try {
    for (let face = 0; face < 6; face++) visit(s2().S2CellId.fromFace(face));
  } catch (error) {
    if (error instanceof TooManyCells) return null;
    throw error;
  }
  return tokens;
}
