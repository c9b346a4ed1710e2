import type { CompiledExpr } from '../compiled-expression.ts';
import { DEADLINE_CHECK_MASK, type ExecutionContext } from '../limits.ts';
import type { ColumnTable } from '../table.ts';

/**
 * `evaluate rows_near(Condition, NumberOfRows [, RowsAfter])` (rows-near-plugin.md): the rows that
 * meet Condition and the NumberOfRows rows before and RowsAfter (default NumberOfRows) rows after
 * each of them, in input order, each row once.
 */
export function rowsNear(
  table: ColumnTable,
  spec: { readonly condition: CompiledExpr; readonly before: number; readonly after: number },
  ctx: ExecutionContext,
): ColumnTable {
  const rows = table.rows();
  const test = spec.condition.bind(table);
  const keep = new Uint8Array(rows.length);
  for (let p = 0; p < rows.length; p++) {
    if ((p & DEADLINE_CHECK_MASK) === 0) ctx.checkDeadline();
    if (test(rows[p]) !== true) continue;
    keep.fill(1, Math.max(0, p - spec.before), Math.min(rows.length, p + spec.after + 1));
  }
  return table.withSelection(rows.filter((_, p) => keep[p] === 1));
}
