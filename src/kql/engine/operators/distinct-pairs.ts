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
 * This is dcount/make_set without any per-group object and without hashing. Pairs come out grouped
 * by group when the pair space is large; inside each group they keep first-appearance order.
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
    // Too many pairs for a bitmap: visit rows bucketed by group (a stable counting sort) and stamp
    // each value with the group that last saw it. Order inside a group stays first appearance.
    const start = new Int32Array(groupCount + 1);
    for (let p = 0; p < groupOf.length; p++) start[groupOf[p] + 1]++;
    for (let g = 0; g < groupCount; g++) start[g + 1] += start[g];
    const fill = start.slice(0, groupCount);
    const order = new Int32Array(groupOf.length);
    for (let p = 0; p < groupOf.length; p++) order[fill[groupOf[p]]++] = p;
    ctx.checkDeadline();
    const stamp = new Int32Array(cardinality).fill(-1);
    for (let g = 0; g < groupCount; g++) {
      for (let i = start[g]; i < start[g + 1]; i++) {
        const value = valueIds[order[i]];
        if (value >= 0 && stamp[value] !== g) {
          stamp[value] = g;
          groups.push(g);
          values.push(value);
        }
      }
    }
  }
  return { groups: Int32Array.from(groups), values: Int32Array.from(values) };
}
