import { invalidInput } from '../errors.ts';
import { DEADLINE_CHECK_MASK, defaultContext, type ExecutionContext } from '../limits.ts';
import type { ColumnTable } from '../table.ts';
import { joinedTable } from './join.ts';
import { type JoinKeyPair, joinKeys } from './join-keys.ts';
import { bucketByKey, RowPairs } from './row-pairs.ts';

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
  const { start, positions } = bucketByKey(keys.rightIds, keys.idCount);
  const leftRows = left.rows();
  const rightRows = right.rows();
  const keepUnmatched = (spec.kind ?? 'leftouter') === 'leftouter';
  const pairs = new RowPairs();
  for (let p = 0; p < leftRows.length; p++) {
    if ((p & DEADLINE_CHECK_MASK) === 0) ctx.checkDeadline();
    const id = keys.leftIds[p];
    const from = id >= 0 ? start[id] : 0;
    const to = id >= 0 ? start[id + 1] : 0;
    if (from === to && keepUnmatched) pairs.push(leftRows[p], -1);
    for (let i = from; i < to; i++) pairs.push(leftRows[p], rightRows[positions[i]]);
  }
  return joinedTable(left, right, pairs, ctx, 'lookup', new Set(spec.on.map((pair) => pair.right)));
}
