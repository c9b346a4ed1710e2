import type { KqlColumn } from '../types.ts';
import { logAnalyticsTableNames } from './catalogue/index.ts';

// "Standard columns in Azure Monitor Logs" (MicrosoftDocs/azure-monitor-docs@04f72d4a:
// articles/azure-monitor/logs/log-standard-columns.md) describes the columns every Log Analytics table has.

/**
 * The standard columns a query's results show, typed as the table pages type them. Most table pages list them;
 * generate-catalogue.ts adds them where a page does not (azurediagnostics.md lists only resource-specific
 * columns, the Entra ID pages leave out _ResourceId), so `SigninLogs | summarize by _ResourceId` binds.
 */
export const STANDARD_COLUMNS: readonly KqlColumn[] = [
  { name: 'TenantId', type: 'string' },
  { name: 'TimeGenerated', type: 'datetime' },
  { name: 'Type', type: 'string' },
  { name: '_ResourceId', type: 'string' },
  { name: '_SubscriptionId', type: 'string' },
  { name: '_IsBillable', type: 'string' },
  { name: '_BilledSize', type: 'real' },
];

/**
 * The standard columns that, as the page's note says, "will not show in the schema view or intellisense in Log
 * Analytics, and they won't show in query results unless you explicitly specify the column in the output". No
 * table page lists these two, so they are the hidden ones: `SigninLogs | take 1` does not return them, and
 * `BehaviorAnalytics | join (SigninLogs) on $left.SourceRecordId == $right._ItemId` (the UEBA hunting queries)
 * reads one.
 *
 * The local rule: a Log Analytics table has them only in a query that names them, so `*`, `getschema` and
 * `project-away` see them exactly when the query names them, and rows of a data file that lacks them hold null.
 */
const HIDDEN_STANDARD_COLUMNS: readonly KqlColumn[] = [
  { name: '_ItemId', type: 'string' },
  { name: '_TimeReceived', type: 'datetime' },
];

/** `columns` followed by the visible standard columns it lacks. */
export function withStandardColumns(columns: readonly KqlColumn[]): readonly KqlColumn[] {
  return withColumnsLacking(columns, STANDARD_COLUMNS);
}

/** `columns` followed by those of `more` whose names it lacks. */
export function withColumnsLacking(columns: readonly KqlColumn[], more: readonly KqlColumn[]): readonly KqlColumn[] {
  return [...columns, ...lacking(more, columns)];
}

let logAnalyticsTables: ReadonlySet<string> | undefined;

/** The hidden standard columns among `names` that the Log Analytics table `table` lacks; none for any other table. */
export function hiddenColumnsOf(
  table: string,
  names: Iterable<string>,
  present: readonly KqlColumn[],
): readonly KqlColumn[] {
  logAnalyticsTables ??= new Set(logAnalyticsTableNames());
  if (!logAnalyticsTables.has(table)) return [];
  const named = new Set(names);
  return lacking(HIDDEN_STANDARD_COLUMNS, present).filter((column) => named.has(column.name));
}

function lacking(wanted: readonly KqlColumn[], present: readonly KqlColumn[]): readonly KqlColumn[] {
  const names = new Set(present.map((column) => column.name));
  return wanted.filter((column) => !names.has(column.name));
}
