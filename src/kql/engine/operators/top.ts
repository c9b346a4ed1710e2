import { defaultContext, type ExecutionContext } from '../limits.ts';
import type { ColumnTable } from '../table.ts';
import { type SortKey, sort } from './sort.ts';
import { take } from './take.ts';

/**
 * `top N by Expr [asc|desc] [nulls first|last]`: the first N rows of the sorted table.
 *
 * @example
 * top(table, 10, [{ expr: columnRef('Count', 'long'), descending: true }], ctx)
 */
export function top(
  table: ColumnTable,
  count: number,
  keys: readonly SortKey[],
  ctx: ExecutionContext = defaultContext(),
): ColumnTable {
  return take(sort(table, keys, ctx), count);
}
