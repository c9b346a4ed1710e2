import { columnRef } from '../compiled-expression.ts';
import { defaultContext, type ExecutionContext } from '../limits.ts';
import { ColumnTable } from '../table.ts';
import { valuesAtRows } from './evaluate.ts';
import { groupRows } from './grouping.ts';
import type { NamedExpr } from './summarize.ts';

/**
 * `distinct A, B` / `distinct *`: one row per distinct combination, in order of first appearance.
 *
 * @example
 * distinct(table, [{ name: 'IPAddress', expr: columnRef('IPAddress', 'string') }], ctx)
 */
export function distinct(
  table: ColumnTable,
  items: readonly NamedExpr[] | '*',
  ctx: ExecutionContext = defaultContext(),
): ColumnTable {
  const named = items === '*' ? table.columns.map((c) => ({ name: c.name, expr: columnRef(c.name, c.type) })) : items;
  const grouping = groupRows(
    table,
    named.map((item) => item.expr),
    ctx,
  );
  return ColumnTable.fromColumns(
    table.name,
    named.map((item) => ({ name: item.name, column: valuesAtRows(table, item.expr, grouping.firstRow) })),
  );
}
