import { DEADLINE_CHECK_MASK, type ExecutionContext } from '../limits.ts';
import type { ColumnTable, NamedColumn } from '../table.ts';
import { compareValues, isNullValue } from './compare.ts';
import { valuesAtRows } from './evaluate.ts';
import type { Grouping } from './grouping.ts';
import { uniqueColumnName } from './names.ts';
import { spreadStar } from './star-columns.ts';
import type { ArgExtremeAggregate, NamedExpr } from './summarize.ts';

/**
 * Columns of one `arg_max`/`arg_min`: the extreme value, then the returned expressions taken from
 * the row holding it. Rows whose value is null are ignored; a group with only nulls yields its
 * first row. Ties keep the first row.
 */
export function argExtremeColumns(
  table: ColumnTable,
  aggregate: ArgExtremeAggregate,
  grouping: Grouping,
  keys: readonly NamedExpr[],
  taken: Set<string>,
  ctx: ExecutionContext,
): NamedColumn[] {
  const bestRows = extremeRows(table, aggregate, grouping, ctx);
  const byName = uniqueColumnName(aggregate.by.name, taken);
  const columns: NamedColumn[] = [{ name: byName, column: valuesAtRows(table, aggregate.by.expr, bestRows) }];
  for (const item of returnedExprs(table, aggregate, keys)) {
    columns.push({ name: uniqueColumnName(item.name, taken), column: valuesAtRows(table, item.expr, bestRows) });
  }
  return columns;
}

function extremeRows(
  table: ColumnTable,
  aggregate: ArgExtremeAggregate,
  grouping: Grouping,
  ctx: ExecutionContext,
): Int32Array {
  const sign = aggregate.mode === 'max' ? 1 : -1;
  const evaluate = aggregate.by.expr.bind(table);
  const bestRows = new Int32Array(grouping.groupCount).fill(-1);
  const bestValues = new Array<unknown>(grouping.groupCount);
  const rows = table.rows();
  for (let p = 0; p < rows.length; p++) {
    if ((p & DEADLINE_CHECK_MASK) === 0) ctx.checkDeadline();
    const value = evaluate(rows[p]);
    const group = grouping.groupOf[p];
    if (isNullValue(value)) {
      // A group whose values are all null answers with its first row (arg-max-aggregation-function.md).
      if (bestRows[group] < 0) bestRows[group] = rows[p];
      continue;
    }
    if (bestValues[group] === undefined || sign * compareValues(value, bestValues[group]) > 0) {
      bestRows[group] = rows[p];
      bestValues[group] = value;
    }
  }
  return bestRows;
}

/** The expressions to return; `*` expands to the input columns minus the ones already shown. */
function returnedExprs(table: ColumnTable, aggregate: ArgExtremeAggregate, keys: readonly NamedExpr[]): NamedExpr[] {
  // The maximized column is not repeated even when the aggregate renames it: `arg_max_x = arg_max(x, *)`
  // gives arg_max_x alone (summarize-operator.md).
  const maximized = aggregate.by.expr.columnName;
  return spreadStar(table, aggregate.returns, keys, maximized === undefined ? [] : [maximized]);
}
