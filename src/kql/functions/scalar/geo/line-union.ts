import type { ScalarFunction } from '../../registry-types.ts';
import type { LngLat } from './coordinates.ts';
import { geoScalar } from './define-geo.ts';
import { linesOf } from './shapes.ts';

const keyOf = ([lng, lat]: LngLat) => `${lng},${lat}`;

/**
 * geo-union-lines-array-function.md: the lines' edges, each once, chained into as few polylines as the shared
 * vertices allow (a chain runs on through a vertex of two edges and stops where the lines branch or end).
 */
function unionLines(value: unknown) {
  if (!Array.isArray(value) || value.length === 0) return null;
  const parsed = value.map(linesOf);
  if (parsed.some((lines) => lines === null)) return null;
  const position = new Map<string, LngLat>();
  const neighbours = new Map<string, string[]>();
  const edges = new Set<string>();
  for (const line of parsed.flat(1) as LngLat[][])
    for (let i = 1; i < line.length; i++) {
      const [a, b] = [keyOf(line[i - 1]), keyOf(line[i])];
      if (a === b || edges.has(`${a}|${b}`) || edges.has(`${b}|${a}`)) continue;
      edges.add(`${a}|${b}`);
      position.set(a, line[i - 1]).set(b, line[i]);
      neighbours.set(a, [...(neighbours.get(a) ?? []), b]).set(b, [...(neighbours.get(b) ?? []), a]);
    }
  const used = new Set<string>();
  const take = (a: string, b: string) => used.add(`${a}|${b}`).add(`${b}|${a}`);
  const free = (a: string) => (neighbours.get(a) ?? []).filter((b) => !used.has(`${a}|${b}`));
  const chains: LngLat[][] = [];
  const walk = (start: string) => {
    while (free(start).length > 0) {
      const chain = [start];
      let at = start;
      do {
        const next = free(at)[0];
        take(at, next);
        chain.push(next);
        at = next;
      } while (neighbours.get(at)?.length === 2 && free(at).length > 0);
      chains.push(chain.map((key) => position.get(key) as LngLat));
    }
  };
  // Ends and branch points first, in the order the lines list them; then whatever is left is a loop.
  for (const key of neighbours.keys()) if (neighbours.get(key)?.length !== 2) walk(key);
  for (const key of neighbours.keys()) walk(key);
  return chains.length === 1
    ? { type: 'LineString', coordinates: chains[0] }
    : { type: 'MultiLineString', coordinates: chains };
}

export const geoLineUnionFunctions: readonly ScalarFunction[] = [
  geoScalar('geo_union_lines_array', ['dynamic'], 'dynamic', () => unionLines),
];
