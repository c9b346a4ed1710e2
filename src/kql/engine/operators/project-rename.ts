import { invalidInput } from '../errors.ts';
import type { ColumnTable } from '../table.ts';

/** One `project-rename New = Old` pair. */
export interface Rename {
  readonly name: string;
  readonly from: string;
}

/**
 * `project-rename New = Old, ...`: renames columns in place, keeping their position.
 *
 * @example
 * projectRename(table, [{ name: 'Ip', from: 'IPAddress' }])
 */
export function projectRename(table: ColumnTable, renames: readonly Rename[]): ColumnTable {
  const newNameOf = new Map<string, string>();
  for (const { name, from } of renames) {
    table.column(from);
    newNameOf.set(from, name);
  }
  const columns = table.namedColumns().map((c) => ({ name: newNameOf.get(c.name) ?? c.name, column: c.column }));
  const seen = new Set<string>();
  for (const { name } of columns) {
    if (seen.has(name)) throw invalidInput(`project-rename: the result would have two columns named '${name}'`);
    seen.add(name);
  }
  return table.withColumns(columns);
}
