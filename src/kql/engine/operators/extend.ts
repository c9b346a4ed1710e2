import type { KqlType } from '../../types.ts';
import type { Column } from '../column.ts';
import { columnWriter } from '../column-writer.ts';
import type { CompiledExpr } from '../compiled-expression.ts';
import { invalidInput } from '../errors.ts';
import { DEADLINE_CHECK_MASK, defaultContext, type ExecutionContext } from '../limits.ts';
import type { ColumnTable, NamedColumn } from '../table.ts';
import { compactIfSparse, evaluateToColumn } from './evaluate.ts';

/**
 * One `extend` assignment. The multi-column form serves functions that yield several columns
 * (`extend (anoms, score, baseline) = series_decompose_anomalies(x)`, `series_stats`): `expr`
 * returns an array with one value per name, and `types` gives each column's type.
 */
export type ExtendAssignment =
  | { readonly name: string; readonly expr: CompiledExpr }
  | { readonly names: readonly string[]; readonly types: readonly KqlType[]; readonly expr: CompiledExpr };

/**
 * `extend A = expr, ...`: assignments run left to right, each seeing the columns added before it.
 * An existing column of the same name is replaced where it stands; new columns go last.
 *
 * @example
 * extend(table, [{ name: 'Hour', expr: compiledBin }], ctx)
 */
export function extend(
  table: ColumnTable,
  assignments: readonly ExtendAssignment[],
  ctx: ExecutionContext = defaultContext(),
): ColumnTable {
  let current = compactIfSparse(table);
  for (const assignment of assignments) {
    const added =
      'name' in assignment
        ? [{ name: assignment.name, column: evaluateToColumn(current, assignment.expr, ctx, 'extend') }]
        : evaluateTuple(current, assignment.names, assignment.types, assignment.expr, ctx);
    current = current.withColumns(mergeColumns(current.namedColumns(), added));
  }
  return ctx.ensureMemory(current, 'extend');
}

/** Replaces same-named columns in place and appends the others. */
export function mergeColumns(existing: readonly NamedColumn[], added: readonly NamedColumn[]): NamedColumn[] {
  const result = [...existing];
  for (const column of added) {
    const index = result.findIndex((c) => c.name === column.name);
    if (index >= 0) result[index] = column;
    else result.push(column);
  }
  return result;
}

function evaluateTuple(
  table: ColumnTable,
  names: readonly string[],
  types: readonly KqlType[],
  expr: CompiledExpr,
  ctx: ExecutionContext,
): NamedColumn[] {
  if (names.length !== types.length) {
    throw invalidInput(`extend: ${names.length} column names but ${types.length} column types`);
  }
  const writers = types.map((type) => columnWriter(type, table.physicalLength));
  const evaluate = expr.bind(table);
  const rows = table.rows();
  for (let p = 0; p < rows.length; p++) {
    if ((p & DEADLINE_CHECK_MASK) === 0) ctx.checkDeadline();
    const row = rows[p];
    const tuple = evaluate(row);
    for (let i = 0; i < writers.length; i++) writers[i].set(row, Array.isArray(tuple) ? tuple[i] : null);
  }
  return names.map((name, i): { name: string; column: Column } => ({ name, column: writers[i].finish() }));
}
