import type { ColumnTable, NamedColumn } from '../table.ts';
import { valuesAtRows } from './evaluate.ts';
import type { Grouping } from './grouping.ts';
import { uniqueColumnName } from './names.ts';
import { spreadStar } from './star-columns.ts';
import type { NamedExpr, TakeAnyRowAggregate } from './summarize.ts';

/**
 * Columns of one `take_any(e1, e2, …)` or `take_any(*)`: every expression is evaluated over the same row of
 * the group (its first), so the values belong to one record (take-any-aggregation-function.md).
 */
export function takeAnyRowColumns(
  table: ColumnTable,
  aggregate: TakeAnyRowAggregate,
  grouping: Grouping,
  keys: readonly NamedExpr[],
  taken: Set<string>,
): NamedColumn[] {
  const returns = spreadStar(table, aggregate.returns, keys, [], aggregate.starPrefix);
  return returns.map((item) => ({
    name: uniqueColumnName(item.name, taken),
    column: valuesAtRows(table, item.expr, grouping.firstRow),
  }));
}
