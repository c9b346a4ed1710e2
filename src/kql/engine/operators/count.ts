import { NumberColumn } from '../column.ts';
import { ColumnTable } from '../table.ts';

/**
 * `count`: a one-row table with the long column `Count`, or the name `count as Name` gives.
 *
 * @example
 * count(table).value(0, 'Count')
 */
export function count(table: ColumnTable, name = 'Count'): ColumnTable {
  return ColumnTable.fromColumns(table.name, [
    { name, column: new NumberColumn('long', Float64Array.of(table.rowCount), null) },
  ]);
}
