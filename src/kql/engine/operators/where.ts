import type { CompiledExpr } from '../compiled-expression.ts';
import { DEADLINE_CHECK_MASK, defaultContext, type ExecutionContext } from '../limits.ts';
import type { ColumnTable } from '../table.ts';

/**
 * `where Predicate`: keeps the rows for which the predicate is exactly `true` (null and false
 * drop the row). Returns a view over the same columns; row order and serialization are kept.
 *
 * @example
 * where(signins, compiledPredicate, ctx)
 */
export function where(
  table: ColumnTable,
  predicate: CompiledExpr,
  ctx: ExecutionContext = defaultContext(),
): ColumnTable {
  const test = predicate.bind(table);
  const rows = table.rows();
  const kept = new Int32Array(rows.length);
  let count = 0;
  for (let p = 0; p < rows.length; p++) {
    if ((p & DEADLINE_CHECK_MASK) === 0) ctx.checkDeadline();
    const row = rows[p];
    if (test(row) === true) kept[count++] = row;
  }
  // A selective filter should not pin a buffer sized for the whole input.
  const selection = count * 2 < rows.length ? kept.slice(0, count) : kept.subarray(0, count);
  return table.withSelection(selection);
}
