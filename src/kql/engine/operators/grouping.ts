import { isNumericType } from '../column.ts';
import { type CompiledExpr, columnRef } from '../compiled-expression.ts';
import { DenseIds } from '../dense-ids.ts';
import { DEADLINE_CHECK_MASK, type ExecutionContext } from '../limits.ts';
import type { ColumnTable } from '../table.ts';

/** Rows split into groups by key expressions (summarize, distinct, make-series). */
export interface Grouping {
  /** Group id of each row position (0 … groupCount-1, in order of first appearance). */
  readonly groupOf: Int32Array;
  readonly groupCount: number;
  /** Physical row of the first member of each group: the source of the key values. */
  readonly firstRow: Int32Array;
}

/** Per-position ids of one key and how many distinct ids can occur. */
export interface KeyIds {
  readonly ids: Int32Array;
  readonly cardinality: number;
}

/**
 * Groups the rows of `table` by `keys`. Each key is first turned into integer ids (dictionary
 * codes for string columns, hashed bit patterns for numbers), then keys are folded pairwise into
 * dense group ids. Nulls form one group, as in Kusto.
 */
export function groupRows(table: ColumnTable, keys: readonly CompiledExpr[], ctx: ExecutionContext): Grouping {
  const rows = table.rows();
  const groupOf = new Int32Array(rows.length);
  // Without keys there is exactly one group, even for empty input (Kusto returns one row).
  let groupCount = rows.length === 0 && keys.length > 0 ? 0 : 1;
  for (const key of keys) {
    const { ids, cardinality } = keyIds(table, key, ctx);
    groupCount = foldKey(groupOf, groupCount, ids, cardinality, ctx);
  }
  const firstRow = new Int32Array(groupCount).fill(-1);
  for (let p = 0; p < rows.length; p++) if (firstRow[groupOf[p]] < 0) firstRow[groupOf[p]] = rows[p];
  return { groupOf, groupCount, firstRow };
}

/** Key combinations up to this many use a direct lookup array instead of hashing. */
const DIRECT_LOOKUP_LIMIT = 1 << 21;

/** Replaces `groupOf[p]` by the dense id of the pair (groupOf[p], ids[p]); returns the new group count. */
function foldKey(
  groupOf: Int32Array,
  groupCount: number,
  ids: Int32Array,
  cardinality: number,
  ctx: ExecutionContext,
): number {
  const combinations = groupCount * cardinality;
  if (combinations <= DIRECT_LOOKUP_LIMIT) {
    const lookup = new Int32Array(combinations).fill(-1);
    let next = 0;
    for (let p = 0; p < groupOf.length; p++) {
      if ((p & DEADLINE_CHECK_MASK) === 0) ctx.checkDeadline();
      const combination = groupOf[p] * cardinality + ids[p];
      let group = lookup[combination];
      if (group < 0) group = lookup[combination] = next++;
      groupOf[p] = group;
    }
    return next;
  }
  return foldByBuckets(groupOf, groupCount, ids, cardinality, ctx);
}

/**
 * The fold for large key spaces, without hashing: visit rows bucketed by their current group
 * (a counting sort), and inside one bucket give each new key id the next group id, using arrays
 * the size of the key's cardinality stamped with the bucket. Ids are then renumbered in order of
 * first appearance. Every access is sequential or into small arrays, which beats a hash table of
 * a million entries by a wide margin.
 */
function foldByBuckets(
  groupOf: Int32Array,
  groupCount: number,
  ids: Int32Array,
  cardinality: number,
  ctx: ExecutionContext,
): number {
  const n = groupOf.length;
  const start = new Int32Array(groupCount + 1);
  for (let p = 0; p < n; p++) start[groupOf[p] + 1]++;
  for (let g = 0; g < groupCount; g++) start[g + 1] += start[g];
  const fill = start.slice(0, groupCount);
  const order = new Int32Array(n);
  for (let p = 0; p < n; p++) order[fill[groupOf[p]]++] = p;
  ctx.checkDeadline();
  const stamp = new Int32Array(cardinality).fill(-1);
  const local = new Int32Array(cardinality);
  const provisional = new Int32Array(n);
  let next = 0;
  for (let g = 0; g < groupCount; g++) {
    for (let i = start[g]; i < start[g + 1]; i++) {
      const p = order[i];
      const id = ids[p];
      if (stamp[id] !== g) {
        stamp[id] = g;
        local[id] = next++;
      }
      provisional[p] = local[id];
    }
  }
  ctx.checkDeadline();
  const firstSeen = new Int32Array(next).fill(-1);
  let count = 0;
  for (let p = 0; p < n; p++) {
    let group = firstSeen[provisional[p]];
    if (group < 0) group = firstSeen[provisional[p]] = count++;
    groupOf[p] = group;
  }
  return count;
}

/** Integer ids of one key expression per row position. */
export function keyIds(table: ColumnTable, key: CompiledExpr, ctx: ExecutionContext): KeyIds {
  const rows = table.rows();
  const ids = new Int32Array(rows.length);
  if (key.columnName !== undefined && table.has(key.columnName)) {
    const column = table.column(key.columnName);
    if (column.kind === 'string') {
      for (let p = 0; p < rows.length; p++) ids[p] = column.codes[rows[p]];
      return { ids, cardinality: column.dictionary.length };
    }
    if (column.kind === 'bool') {
      for (let p = 0; p < rows.length; p++) ids[p] = column.values[rows[p]];
      return { ids, cardinality: 3 };
    }
  }
  const evaluate = key.bind(table);
  if (isNumericType(key.type)) return numberKeyIds(rows, evaluate, ids, ctx);
  const index = new Map<unknown, number>();
  for (let p = 0; p < rows.length; p++) {
    if ((p & DEADLINE_CHECK_MASK) === 0) ctx.checkDeadline();
    const value = evaluate(rows[p]);
    const mapKey = value !== null && typeof value === 'object' ? `\u0000${JSON.stringify(value)}` : value;
    let id = index.get(mapKey);
    if (id === undefined) {
      id = index.size;
      index.set(mapKey, id);
    }
    ids[p] = id;
  }
  return { ids, cardinality: Math.max(1, index.size) };
}

function numberKeyIds(
  rows: Int32Array,
  evaluate: (row: number) => unknown,
  ids: Int32Array,
  ctx: ExecutionContext,
): KeyIds {
  const dense = new DenseIds();
  let sawNull = false;
  for (let p = 0; p < rows.length; p++) {
    if ((p & DEADLINE_CHECK_MASK) === 0) ctx.checkDeadline();
    const value = evaluate(rows[p]);
    if (typeof value === 'number') ids[p] = dense.idOf(value);
    else {
      ids[p] = -1;
      sawNull = true;
    }
  }
  // Nulls take the id after the last number, once the number count is known.
  const nullId = dense.size;
  if (sawNull) for (let p = 0; p < rows.length; p++) if (ids[p] < 0) ids[p] = nullId;
  return { ids, cardinality: Math.max(1, dense.size + (sawNull ? 1 : 0)) };
}

/** Groups the rows of `table` by the values of the named columns (the dimensions of evaluate plugins). */
export function groupByColumns(table: ColumnTable, names: readonly string[], ctx: ExecutionContext): Grouping {
  return groupRows(
    table,
    names.map((name) => columnRef(name, table.typeOf(name))),
    ctx,
  );
}
