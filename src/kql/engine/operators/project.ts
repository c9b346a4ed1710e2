import type { CompiledExpr } from '../compiled-expression.ts';
import { invalidInput } from '../errors.ts';
import { defaultContext, type ExecutionContext } from '../limits.ts';
import type { ColumnTable } from '../table.ts';
import { compactIfSparse, evaluateToColumn } from './evaluate.ts';

/** One `project` item: `Name` (a column reference) or `Name = expr`. */
export interface ProjectItem {
  readonly name: string;
  readonly expr: CompiledExpr;
}

/**
 * `project A, B = expr`: exactly these columns, in this order. Plain column references reuse the
 * column without copying.
 *
 * @example
 * project(table, [{ name: 'Computer', expr: columnRef('Computer', 'string') }], ctx)
 */
export function project(
  table: ColumnTable,
  items: readonly ProjectItem[],
  ctx: ExecutionContext = defaultContext(),
): ColumnTable {
  const seen = new Set<string>();
  for (const { name } of items) {
    if (seen.has(name)) throw invalidInput(`project: column '${name}' is listed twice; rename one of them`);
    seen.add(name);
  }
  const source = items.every((item) => item.expr.columnName !== undefined) ? table : compactIfSparse(table);
  const projected = source.withColumns(
    items.map((item) => ({ name: item.name, column: evaluateToColumn(source, item.expr, ctx, 'project') })),
  );
  return ctx.ensureMemory(projected, 'project');
}
