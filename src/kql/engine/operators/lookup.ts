import { invalidInput } from '../errors.ts';
import { defaultContext, type ExecutionContext } from '../limits.ts';
import type { ColumnTable } from '../table.ts';
import { joinedTable, matchPairs } from './join.ts';
import { type JoinKeyPair, joinKeys } from './join-keys.ts';

export interface LookupSpec {
  /** Defaults to `leftouter`. */
  readonly kind?: 'leftouter' | 'inner';
  readonly on: readonly JoinKeyPair[];
}

/**
 * `lookup kind=K (right) on ...`: extends each left row with the right columns of its match.
 * Unlike join, the right key columns are not repeated. Left rows keep their order; a left row
 * with several matches appears once per match.
 *
 * @example
 * lookup(events, watchlist, { on: [{ left: 'IPAddress', right: 'IPAddress' }] }, ctx)
 */
export function lookup(
  left: ColumnTable,
  right: ColumnTable,
  spec: LookupSpec,
  ctx: ExecutionContext = defaultContext(),
): ColumnTable {
  if (spec.on.length === 0) throw invalidInput('lookup: at least one key is needed (on A or on $left.A == $right.B)');
  const keys = joinKeys(left, right, spec.on, ctx);
  const pairs = matchPairs(left, right, keys, spec.kind ?? 'leftouter', ctx, 'lookup');
  return joinedTable(left, right, pairs, ctx, 'lookup', new Set(spec.on.map((pair) => pair.right)));
}
