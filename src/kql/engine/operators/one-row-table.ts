import type { KqlColumn } from '../../types.ts';
import { columnFromValues } from '../column-writer.ts';
import { ColumnTable } from '../table.ts';

/**
 * A table of one row holding `values` under `scope`: operators that evaluate expressions over
 * state of their own (scan's steps, graph-match's bindings) bind compiled expressions to it.
 */
export function oneRowTable(scope: readonly KqlColumn[], values: readonly unknown[]): ColumnTable {
  return ColumnTable.fromColumns(
    '',
    scope.map((c, i) => ({ name: c.name, column: columnFromValues(c.type, [values[i]]) })),
  );
}
