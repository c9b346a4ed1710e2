import { invalidInput } from '../errors.ts';
import type { ColumnTable } from '../table.ts';

/**
 * `take N` / `limit N`: the first N rows in table order (a view).
 *
 * @example
 * take(table, 10)
 */
export function take(table: ColumnTable, count: number): ColumnTable {
  if (!Number.isFinite(count) || count < 0) throw invalidInput(`take: the row count must be 0 or more, got ${count}`);
  if (count >= table.rowCount) return table;
  return table.withSelection(table.rows().subarray(0, Math.floor(count)));
}
