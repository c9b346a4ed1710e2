import { columnRef } from '../compiled-expression.ts';
import type { ColumnTable } from '../table.ts';
import type { NamedExpr } from './summarize.ts';

/**
 * What `*` stands for in arg_max(x, *) and take_any(*): the input columns, less a group key that repeats its
 * own column (`by User`, not `by u = User`) and the `skipped` ones, as references to them.
 */
export function columnsBesideKeys(
  table: ColumnTable,
  keys: readonly NamedExpr[],
  skipped: readonly string[] = [],
): NamedExpr[] {
  const repeated = new Set(skipped);
  for (const key of keys) if (key.expr.columnName === key.name) repeated.add(key.name);
  return table.columns
    .filter((c) => !repeated.has(c.name))
    .map((c) => ({ name: c.name, expr: columnRef(c.name, c.type) }));
}
