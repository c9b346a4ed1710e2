import type { CompiledExpr } from '../compiled-expression.ts';
import { DEADLINE_CHECK_MASK, defaultContext, type ExecutionContext } from '../limits.ts';
import type { ColumnTable } from '../table.ts';
import { compareValues } from './compare.ts';

/** One `sort by` key. */
export interface SortKey {
  readonly expr: CompiledExpr;
  readonly descending: boolean;
  /** Defaults as in Kusto: ascending puts nulls first, descending puts them last. */
  readonly nulls?: 'first' | 'last';
}

/** A sort key reduced to numbers: ranks for strings and dynamic values, raw values for numbers. */
interface RankedKey {
  readonly ranks: Float64Array;
  readonly nulls: Uint8Array;
  /** +1 ascending, -1 descending. */
  readonly direction: number;
  /** What a null compares as against a non-null: -1 puts nulls first. */
  readonly nullOrder: number;
}

/**
 * `sort by A [asc|desc] [nulls first|last], ...`: reorders the rows (a view; no column is copied)
 * and marks the result serialized. Strings compare ordinally; ties keep input order.
 *
 * @example
 * sort(table, [{ expr: columnRef('Count', 'long'), descending: true }], ctx)
 */
export function sort(
  table: ColumnTable,
  keys: readonly SortKey[],
  ctx: ExecutionContext = defaultContext(),
): ColumnTable {
  const compare = positionComparator(table, keys, ctx);
  const rows = table.rows();
  const order = new Int32Array(rows.length);
  for (let p = 0; p < order.length; p++) order[p] = p;
  order.sort(compare);
  const sorted = new Int32Array(order.length);
  for (let i = 0; i < order.length; i++) sorted[i] = rows[order[i]];
  return table.withSelection(sorted, true);
}

/**
 * Compares two row POSITIONS of `table` by the sort keys; ties fall back to position, so the order
 * is total and equals a stable sort. Shared by sort and top.
 */
export function positionComparator(
  table: ColumnTable,
  keys: readonly SortKey[],
  ctx: ExecutionContext,
): (a: number, b: number) => number {
  const ranked = keys.map((key) => rankKey(table, key, ctx));
  let comparisons = 0;
  return (a, b) => {
    if ((++comparisons & DEADLINE_CHECK_MASK) === 0) ctx.checkDeadline();
    for (const key of ranked) {
      const aNull = key.nulls[a];
      const bNull = key.nulls[b];
      if (aNull !== bNull) return aNull === 1 ? key.nullOrder : -key.nullOrder;
      if (aNull === 1) continue;
      const difference = key.ranks[a] - key.ranks[b];
      if (difference !== 0) return difference < 0 ? -key.direction : key.direction;
    }
    return a - b;
  };
}

function rankKey(table: ColumnTable, key: SortKey, ctx: ExecutionContext): RankedKey {
  const rows = table.rows();
  const ranks = new Float64Array(rows.length);
  const nulls = new Uint8Array(rows.length);
  const nullsFirst = key.nulls === undefined ? !key.descending : key.nulls === 'first';
  const result = { ranks, nulls, direction: key.descending ? -1 : 1, nullOrder: nullsFirst ? -1 : 1 };
  const column =
    key.expr.columnName !== undefined && table.has(key.expr.columnName) ? table.column(key.expr.columnName) : undefined;
  if (column?.kind === 'string') {
    // Rank the dictionary once; rows then compare integers.
    const byText = Array.from(column.dictionary.keys()).sort((a, b) =>
      compareValues(column.dictionary[a], column.dictionary[b]),
    );
    const rankOfCode = new Float64Array(byText.length);
    byText.forEach((code, rank) => {
      rankOfCode[code] = rank;
    });
    for (let p = 0; p < rows.length; p++) ranks[p] = rankOfCode[column.codes[rows[p]]];
    return result;
  }
  const evaluate = key.expr.bind(table);
  const values = new Array<unknown>(rows.length);
  let allNumbers = true;
  for (let p = 0; p < rows.length; p++) {
    if ((p & DEADLINE_CHECK_MASK) === 0) ctx.checkDeadline();
    const value = evaluate(rows[p]);
    if (value === null || value === undefined) nulls[p] = 1;
    else if (typeof value === 'number') ranks[p] = value;
    else if (typeof value === 'boolean') ranks[p] = value ? 1 : 0;
    else allNumbers = false;
    values[p] = value;
  }
  if (!allNumbers) rankGenericValues(values, nulls, ranks);
  return result;
}

/** Strings and dynamic values: rank the distinct values with the shared comparison. */
function rankGenericValues(values: unknown[], nulls: Uint8Array, ranks: Float64Array): void {
  const positions = [];
  for (let p = 0; p < values.length; p++) if (nulls[p] === 0) positions.push(p);
  positions.sort((a, b) => compareValues(values[a], values[b]));
  let rank = 0;
  for (let i = 0; i < positions.length; i++) {
    if (i > 0 && compareValues(values[positions[i - 1]], values[positions[i]]) !== 0) rank++;
    ranks[positions[i]] = rank;
  }
}
