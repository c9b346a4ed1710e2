import type { ColumnTable } from '../table.ts';
import { wildcardMatcher } from './names.ts';

/**
 * `project-away A, B*`: drops the named columns; `*` wildcards are allowed. Names that match
 * nothing are ignored when they hold a wildcard, as in Kusto (kql-front reports plain unknown names).
 *
 * @example
 * projectAway(table, ['TenantId', 'Source*'])
 */
export function projectAway(table: ColumnTable, patterns: readonly string[]): ColumnTable {
  const matchers = patterns.map(wildcardMatcher);
  return table.withColumns(table.namedColumns().filter((c) => !matchers.some((matches) => matches(c.name))));
}
