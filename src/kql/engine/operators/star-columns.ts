import { columnRef } from '../compiled-expression.ts';
import type { ColumnTable } from '../table.ts';
import type { NamedExpr, ReturnedItem } from './summarize.ts';

/**
 * What `*` stands for in arg_max(x, *) and take_any(*): the input columns, less a group key that repeats its
 * own column (`by User`, not `by u = User`) and the `skipped` ones, as references to them.
 */
function columnsBesideKeys(
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

/**
 * The returned items with `*` spread where it is first written, as Microsoft's analyzer spreads it: `*` leaves
 * out, besides the keys and `skipped`, each column an item before it returns as it is (`arg_max(T, C = Computer,
 * *)` gives C and the columns other than T and Computer), and an item after it that returns a column as it is
 * is not repeated; an expression over a column (`tolower(Computer)`) is no such item.
 */
export function spreadStar(
  table: ColumnTable,
  returns: readonly ReturnedItem[],
  keys: readonly NamedExpr[],
  skipped: readonly string[],
  starPrefix = '',
): NamedExpr[] {
  const at = returns.indexOf('*');
  if (at < 0) return returns as NamedExpr[];
  const before = returns.slice(0, at) as NamedExpr[];
  const after = returns.slice(at + 1).filter((item): item is NamedExpr => item !== '*' && !item.expr.columnName);
  const read = before.flatMap((item) => (item.expr.columnName ? [item.expr.columnName] : []));
  const star = columnsBesideKeys(table, keys, [...skipped, ...read]).map((c) => ({
    ...c,
    name: `${starPrefix}${c.name}`,
  }));
  return [...before, ...star, ...after];
}
