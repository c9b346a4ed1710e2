import type { KqlType } from '../../types.ts';
import type { Column } from '../column.ts';
import { columnWriter, gatherColumn } from '../column-writer.ts';
import type { CompiledExpr } from '../compiled-expression.ts';
import { DEADLINE_CHECK_MASK, type ExecutionContext } from '../limits.ts';
import type { ColumnTable } from '../table.ts';

/**
 * Evaluates `expr` over the selected rows of `table` into a physical-length column (unselected
 * rows stay null). A bare column reference of the right type is returned as is, without copying.
 */
export function evaluateToColumn(
  table: ColumnTable,
  expr: CompiledExpr,
  ctx: ExecutionContext,
  type: KqlType = expr.type,
): Column {
  if (expr.columnName !== undefined && table.has(expr.columnName)) {
    const column = table.column(expr.columnName);
    if (column.type === type) return column;
  }
  const writer = columnWriter(type, table.physicalLength);
  const evaluate = expr.bind(table);
  const rows = table.rows();
  for (let p = 0; p < rows.length; p++) {
    if ((p & DEADLINE_CHECK_MASK) === 0) ctx.checkDeadline();
    writer.set(rows[p], evaluate(rows[p]));
  }
  return writer.finish();
}

/**
 * Operators that add columns compute them over physical rows. When a selective `where` left only
 * a small part of the physical rows, compacting first keeps new columns small.
 */
export function compactIfSparse(table: ColumnTable): ColumnTable {
  const selection = table.selection;
  if (selection === null || selection.length * 4 >= table.physicalLength) return table;
  return table.compact();
}

/**
 * The values of `expr` at the given physical rows (-1 gives null) as a dense column. A column
 * reference is gathered, so strings keep their dictionary.
 */
export function valuesAtRows(table: ColumnTable, expr: CompiledExpr, rows: Int32Array): Column {
  if (expr.columnName !== undefined && table.has(expr.columnName)) {
    const column = table.column(expr.columnName);
    if (column.type === expr.type) return gatherColumn(column, rows);
  }
  const evaluate = expr.bind(table);
  const writer = columnWriter(expr.type, rows.length);
  for (let i = 0; i < rows.length; i++) writer.set(i, rows[i] >= 0 ? evaluate(rows[i]) : null);
  return writer.finish();
}
