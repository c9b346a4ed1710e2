import { defaultContext, type ExecutionContext } from '../limits.ts';
import type { ColumnTable } from '../table.ts';
import { type ExtendAssignment, extend } from './extend.ts';

/**
 * `serialize [A = expr, ...]`: marks the current row order as meaningful so that window functions
 * (`row_number`, `prev`, `next`, see ../window.ts) may run, then applies the optional assignments.
 *
 * @example
 * serialize(table, [{ name: 'rn', expr: compiledRowNumber }], ctx)
 */
export function serialize(
  table: ColumnTable,
  assignments: readonly ExtendAssignment[] = [],
  ctx: ExecutionContext = defaultContext(),
): ColumnTable {
  const serialized = table.withSerialized(true);
  return assignments.length === 0 ? serialized : extend(serialized, assignments, ctx);
}
