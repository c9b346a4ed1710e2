import { Diagnostics } from '../diagnostics/index.ts';
import { type Column, ColumnTable, columnFromValues } from '../engine/index.ts';
import { formatValue } from '../functions/index.ts';
import { dataSchemaFor } from '../schemas/index.ts';
import type { CallNode } from '../syntax/index.ts';
import type { KqlColumn } from '../types.ts';
import { compileExpression } from './compile-expression.ts';
import { constantOf } from './constants.ts';
import type { ExprEnv } from './env.ts';
import { failedPlan, type TabularPlan } from './plan.ts';

/**
 * The columns Sentinel's `_GetWatchlist` gives every item before the watchlist's own: the search key
 * (watchlists-queries.md shows it as its own column) and the item's id and last update time, which the function
 * reads from the Watchlist table's _DTItemId and update-time columns.
 */
export const WATCHLIST_ITEM_COLUMNS: readonly KqlColumn[] = [
  { name: '_DTItemId', type: 'string' },
  { name: 'LastUpdatedTimeUTC', type: 'datetime' },
  { name: 'SearchKey', type: 'string' },
];

/** The table that holds watchlist `alias` locally: a data file `Watchlist_<alias>.csv` (or .json, …). */
export const watchlistTableName = (alias: string): string => `Watchlist_${alias}`;

/**
 * `_GetWatchlist('alias')`, Microsoft Sentinel's watchlist function: one row per watchlist item, with the item id,
 * its last update time and its search key, then the watchlist's own columns. Locally the items are the rows of
 * the table `Watchlist_<alias>` (src/kql/README.md): its `SearchKey` column is the search key, or else its first
 * column, as text; `_DTItemId` and `LastUpdatedTimeUTC` are taken from the file when it has them. Without that
 * table the watchlist has no items, as a catalogued table without data has no rows, and a warning says so.
 */
export function watchlistPlan(node: CallNode, env: ExprEnv): TabularPlan {
  const alias =
    node.args.length === 1 ? constantOf(compileExpression(node.args[0], { ...env, columns: [] }))?.value : undefined;
  if (typeof alias !== 'string') {
    env.cx.report(
      Diagnostics.invalidArgument("_GetWatchlist(): give the watchlist's alias as a constant string", node.span),
    );
    return failedPlan();
  }
  const items = env.cx.database.table(watchlistTableName(alias));
  if (!items) {
    env.cx.readsWatchlistWithoutData = true;
    env.cx.report(Diagnostics.watchlistWithoutData(alias, `${watchlistTableName(alias)}.csv`, node.span));
  }
  const table = items ? watchlistRows(items) : ColumnTable.empty('_GetWatchlist', noDataColumns(env));
  return { schema: table.columns, run: () => table };
}

/**
 * The columns of a watchlist the database has no data for. Its own columns are whatever its file would hold, so
 * when the query does not bind with the item columns alone (compileQuery), every name the query reads that is not
 * a `let` in scope or a table is taken for one of them, as text: watchlist values are the text of a CSV file.
 */
function noDataColumns(env: ExprEnv): readonly KqlColumn[] {
  if (!env.cx.openWatchlists) return WATCHLIST_ITEM_COLUMNS;
  const own = [...env.cx.namesRead]
    .filter((name) => !WATCHLIST_ITEM_COLUMNS.some((item) => item.name === name))
    .filter((name) => !env.scope.lookup(name) && !env.cx.database.table(name) && !dataSchemaFor(name))
    .sort()
    .map((name) => ({ name, type: 'string' as const }));
  return [...WATCHLIST_ITEM_COLUMNS, ...own];
}

function watchlistRows(items: ColumnTable): ColumnTable {
  const length = items.physicalLength;
  const own = items.namedColumns().filter(({ name }) => !WATCHLIST_ITEM_COLUMNS.some((item) => item.name === name));
  const fromFile = (name: string, type: KqlColumn['type']): Column =>
    items.has(name) && items.typeOf(name) === type
      ? items.column(name)
      : columnFromValues(type, new Array<null>(length).fill(null));
  const key = items.has('SearchKey') ? 'SearchKey' : items.columns[0]?.name;
  const keys = new Array<string>(length).fill('');
  if (key !== undefined) {
    const column = items.column(key);
    for (const row of items.rows()) keys[row] = formatValue(column.get(row), column.type);
  }
  return items
    .withColumns([
      { name: '_DTItemId', column: fromFile('_DTItemId', 'string') },
      { name: 'LastUpdatedTimeUTC', column: fromFile('LastUpdatedTimeUTC', 'datetime') },
      { name: 'SearchKey', column: columnFromValues('string', keys) },
      ...own,
    ])
    .withName('_GetWatchlist');
}
