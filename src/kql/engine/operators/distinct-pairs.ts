import { DenseIds } from '../dense-ids.ts';
import { DEADLINE_CHECK_MASK, type ExecutionContext } from '../limits.ts';

/** Distinct (group, value id) pairs in order of first appearance. */
export interface DistinctPairs {
  readonly groups: Int32Array;
  readonly values: Int32Array;
}

/** Pair spaces up to this size use a bitmap instead of hashing. */
const BITMAP_LIMIT = 1 << 24;

/**
 * The distinct (groupOf[p], valueIds[p]) pairs, skipping positions whose value id is -1 (null).
 * This is dcount/make_set without any per-group object: one bitmap or hash lookup per row.
 */
export function distinctPairs(
  groupOf: Int32Array,
  valueIds: Int32Array,
  cardinality: number,
  groupCount: number,
  ctx: ExecutionContext,
): DistinctPairs {
  const groups: number[] = [];
  const values: number[] = [];
  const space = groupCount * cardinality;
  if (space <= BITMAP_LIMIT) {
    const seen = new Uint8Array(space);
    for (let p = 0; p < groupOf.length; p++) {
      if ((p & DEADLINE_CHECK_MASK) === 0) ctx.checkDeadline();
      const value = valueIds[p];
      if (value < 0) continue;
      const pair = groupOf[p] * cardinality + value;
      if (seen[pair] === 0) {
        seen[pair] = 1;
        groups.push(groupOf[p]);
        values.push(value);
      }
    }
  } else {
    const seen = new DenseIds(Math.min(groupOf.length, space));
    for (let p = 0; p < groupOf.length; p++) {
      if ((p & DEADLINE_CHECK_MASK) === 0) ctx.checkDeadline();
      const value = valueIds[p];
      if (value < 0) continue;
      const before = seen.size;
      seen.idOf(groupOf[p] * cardinality + value);
      if (seen.size > before) {
        groups.push(groupOf[p]);
        values.push(value);
      }
    }
  }
  return { groups: Int32Array.from(groups), values: Int32Array.from(values) };
}
