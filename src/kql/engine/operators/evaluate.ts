import type { KqlType } from '../../types.ts';
import type { Column } from '../column.ts';
import { columnWriter, gatherColumn } from '../column-writer.ts';
import type { CompiledExpr } from '../compiled-expression.ts';
import { estimateDynamicBytes } from '../dynamic-bytes.ts';
import { DEADLINE_CHECK_MASK, type ExecutionContext } from '../limits.ts';
import type { ColumnTable } from '../table.ts';

/**
 * Evaluates `expr` over the selected rows of `table` into a physical-length column (unselected
 * rows stay null). A bare column reference of the right type is returned as is, without copying.
 * `operator` names the caller in a memory-limit error.
 */
export function evaluateToColumn(
  table: ColumnTable,
  expr: CompiledExpr,
  ctx: ExecutionContext,
  operator: string,
  type: KqlType = expr.type,
): Column {
  if (expr.columnName !== undefined && table.has(expr.columnName)) {
    const column = table.column(expr.columnName);
    if (column.type === type) return column;
  }
  const writer = columnWriter(type, table.physicalLength);
  const evaluate = expr.bind(table);
  const rows = table.rows();
  // Each dynamic value is its own heap object (pack_all() over a wide row is kilobytes): the budget is
  // checked while the column grows, each measured value standing for the rows up to the next one.
  let dynamicBytes = 0;
  for (let p = 0; p < rows.length; p++) {
    if ((p & DEADLINE_CHECK_MASK) === 0) ctx.checkDeadline();
    const value = evaluate(rows[p]);
    writer.set(rows[p], value);
    if (type === 'dynamic' && (p & DYNAMIC_CHECK_MASK) === 0) {
      dynamicBytes += estimateDynamicBytes(value) * Math.min(DYNAMIC_CHECK_MASK + 1, rows.length - p);
      ctx.ensureBytes(dynamicBytes, operator);
    }
  }
  return writer.finish();
}

/** How often (in rows, as a mask) a dynamic column being built is measured. */
const DYNAMIC_CHECK_MASK = 0x3ff;

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
