import { DEADLINE_CHECK_MASK, defaultContext, type ExecutionContext } from '../limits.ts';
import type { ColumnTable } from '../table.ts';
import { joinedTable } from './join.ts';
import { RowPairs } from './row-pairs.ts';

/** Whether a location matches one lookup row's shape. */
type LocationMatcher = (longitude: unknown, latitude: unknown) => boolean;

export interface GeoLookupSpec {
  /** `geo_polygon_lookup` or `geo_line_lookup`: names the operator in limit errors. */
  readonly plugin: string;
  /** The lookup column holding shapes, and the input columns holding the location. */
  readonly lookupKey: string;
  readonly longitude: string;
  readonly latitude: string;
  /** Turns one lookup shape into its matcher; null for an invalid shape, which matches nothing. */
  readonly matcherFor: (shape: unknown) => LocationMatcher | null;
  readonly returnUnmatched: boolean;
  readonly returnLookupKey: boolean;
}

/**
 * `evaluate geo_polygon_lookup(…)` / `geo_line_lookup(…)` (geo-polygon-lookup-plugin.md, geo-line-lookup-plugin.md):
 * each input row joined with every lookup row whose shape its location matches. The plugins assume a small lookup
 * table, so each row tests every shape; a shape is parsed once.
 */
export function geoLookup(
  left: ColumnTable,
  lookup: ColumnTable,
  spec: GeoLookupSpec,
  ctx: ExecutionContext = defaultContext(),
): ColumnTable {
  const shapes = lookup.column(spec.lookupKey);
  const matchers = Array.from(lookup.rows(), (row) => row)
    .map((row) => ({ row, matches: spec.matcherFor(shapes.get(row)) }))
    .filter((entry): entry is { row: number; matches: LocationMatcher } => entry.matches !== null);
  const longitude = left.column(spec.longitude);
  const latitude = left.column(spec.latitude);
  const pairs = new RowPairs();
  const leftRows = left.rows();
  for (let p = 0; p < leftRows.length; p++) {
    if ((p & DEADLINE_CHECK_MASK) === 0) ctx.checkDeadline();
    const row = leftRows[p];
    const lng = longitude.get(row);
    const lat = latitude.get(row);
    let matched = false;
    for (const { row: candidate, matches } of matchers)
      if (matches(lng, lat)) {
        pairs.push(row, candidate);
        matched = true;
      }
    if (!matched && spec.returnUnmatched) pairs.push(row, -1);
  }
  const hidden = new Set(spec.returnLookupKey ? [] : [spec.lookupKey]);
  return joinedTable(left, lookup, pairs, ctx, spec.plugin, hidden);
}
