import type { Column } from '../column.ts';
import { DenseIds } from '../dense-ids.ts';
import { DEADLINE_CHECK_MASK, type ExecutionContext } from '../limits.ts';
import type { ColumnTable } from '../table.ts';

/** One equality of a join: `$left.A == $right.B` (or `on A`, where both names are A). */
export interface JoinKeyPair {
  readonly left: string;
  readonly right: string;
}

/**
 * Rows of both sides matched up by key: `leftIds[p]` is the key id of left position p and
 * `rightIds[q]` of right position q, in one shared id space (0 … idCount-1). -1 marks a row that
 * can match nothing: a null key (Kusto never matches nulls) or a value absent on the left.
 */
export interface JoinKeys {
  readonly leftIds: Int32Array;
  readonly rightIds: Int32Array;
  readonly idCount: number;
}

export function joinKeys(
  left: ColumnTable,
  right: ColumnTable,
  on: readonly JoinKeyPair[],
  ctx: ExecutionContext,
): JoinKeys {
  const leftRows = left.rows();
  const rightRows = right.rows();
  let leftIds: Int32Array = new Int32Array(leftRows.length);
  let rightIds: Int32Array = new Int32Array(rightRows.length);
  let idCount = 1;
  for (const pair of on) {
    const key = pairIds(left.column(pair.left), leftRows, right.column(pair.right), rightRows, ctx);
    const combined = new DenseIds(Math.min(leftRows.length, idCount * key.cardinality));
    leftIds = combine(leftIds, key.left, key.cardinality, (k) => combined.idOf(k));
    rightIds = combine(rightIds, key.right, key.cardinality, (k) => combined.lookup(k));
    idCount = combined.size;
  }
  return { leftIds, rightIds, idCount };
}

function combine(
  ids: Int32Array,
  keyIds: Int32Array,
  cardinality: number,
  idOf: (combination: number) => number,
): Int32Array {
  for (let p = 0; p < ids.length; p++) {
    ids[p] = ids[p] < 0 || keyIds[p] < 0 ? -1 : idOf(ids[p] * cardinality + keyIds[p]);
  }
  return ids;
}

interface PairIds {
  readonly left: Int32Array;
  readonly right: Int32Array;
  readonly cardinality: number;
}

/** Ids of one key pair; right-side values that never occur on the left get -1. */
function pairIds(
  leftColumn: Column,
  leftRows: Int32Array,
  rightColumn: Column,
  rightRows: Int32Array,
  ctx: ExecutionContext,
): PairIds {
  if (leftColumn.kind === 'string' && rightColumn.kind === 'string') {
    // Translate right dictionary codes into left codes once; rows then compare integers.
    const translate = Int32Array.from(rightColumn.dictionary, (s) => leftColumn.codeOf(s));
    return {
      left: Int32Array.from(leftRows, (row) => leftColumn.codes[row]),
      right: Int32Array.from(rightRows, (row) => translate[rightColumn.codes[row]]),
      cardinality: leftColumn.dictionary.length,
    };
  }
  if (leftColumn.kind === 'number' && rightColumn.kind === 'number') {
    const dense = new DenseIds();
    const left = new Int32Array(leftRows.length);
    for (let p = 0; p < leftRows.length; p++) {
      if ((p & DEADLINE_CHECK_MASK) === 0) ctx.checkDeadline();
      const row = leftRows[p];
      left[p] = leftColumn.isNull(row) ? -1 : dense.idOf(leftColumn.values[row]);
    }
    const right = Int32Array.from(rightRows, (row) =>
      rightColumn.isNull(row) ? -1 : dense.lookup(rightColumn.values[row]),
    );
    return { left, right, cardinality: Math.max(1, dense.size) };
  }
  return genericPairIds(leftColumn, leftRows, rightColumn, rightRows);
}

/** Mixed or dynamic key types: compare by value (JSON text for bags and arrays). */
function genericPairIds(leftColumn: Column, leftRows: Int32Array, rightColumn: Column, rightRows: Int32Array): PairIds {
  const index = new Map<unknown, number>();
  const keyOf = (value: unknown): unknown =>
    value !== null && typeof value === 'object' ? `\u0000${JSON.stringify(value)}` : value;
  const left = Int32Array.from(leftRows, (row) => {
    const value = leftColumn.get(row);
    if (value === null || value === undefined) return -1;
    const key = keyOf(value);
    let id = index.get(key);
    if (id === undefined) {
      id = index.size;
      index.set(key, id);
    }
    return id;
  });
  const right = Int32Array.from(rightRows, (row) => {
    const value = rightColumn.get(row);
    return value === null || value === undefined ? -1 : (index.get(keyOf(value)) ?? -1);
  });
  return { left, right, cardinality: Math.max(1, index.size) };
}
