import type { ColumnTable, NamedColumn } from '../table.ts';
import { wildcardMatcher } from './names.ts';

/** One `project-reorder` item: a name or wildcard pattern, optionally ordering its matches. */
export interface ReorderItem {
  readonly pattern: string;
  /** How columns matched by a wildcard are ordered among themselves; table order when absent. */
  readonly order?: 'asc' | 'desc';
}

/**
 * `project-reorder A, B*`: puts the listed columns first, in the listed order; the other columns
 * follow in their current order.
 *
 * @example
 * projectReorder(table, [{ pattern: 'TimeGenerated' }, { pattern: 'Account*', order: 'asc' }])
 */
export function projectReorder(table: ColumnTable, items: readonly ReorderItem[]): ColumnTable {
  const remaining = table.namedColumns();
  const ordered: NamedColumn[] = [];
  for (const { pattern, order } of items) {
    const matches = wildcardMatcher(pattern);
    const picked = remaining.filter((c) => matches(c.name));
    if (order !== undefined) {
      picked.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) * (order === 'asc' ? 1 : -1));
    }
    for (const column of picked) remaining.splice(remaining.indexOf(column), 1);
    ordered.push(...picked);
  }
  return table.withColumns([...ordered, ...remaining]);
}
