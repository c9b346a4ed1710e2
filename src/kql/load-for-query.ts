import { compileQuery, KqlDatabase, watchlistTableName } from './compile/index.ts';
import { ExecutionContext } from './engine/index.ts';
import { ColumnTable } from './engine/table.ts';
import type { KqlLoadError, LoadWarning } from './load/errors.ts';
import { FIXUP_COLUMNS } from './load/fixups.ts';
import {
  type LoadedTables,
  type LoadSelection,
  listTableFiles,
  loadColumnTables,
  type SplitOptions,
  tableNameOf,
  type UnreadableTable,
} from './load/index.ts';
import { parseQuery } from './parser/index.ts';
import { tokenize } from './parser/lexer.ts';
import { type KqlOutcome, type RunOptions, runQuery } from './query.ts';
import { dataSchemaFor } from './schemas/index.ts';
import type { KqlColumn } from './types.ts';

/**
 * Words that make a query read tables or columns it does not name: wildcards (`union *`,
 * `arg_max(x, *)`, `project-away Col*`), `pack_all()`, `search` and `find` (every table),
 * `getschema` and plugins.
 */
const READS_UNNAMED = new Set(['*', 'pack_all', 'search', 'find', 'getschema', 'evaluate']);
const GET_WATCHLIST = '_GetWatchlist';
/** A column name no query can spell: stands for every column the query does not name. */
const UNNAMED = '\u0000unnamed column';

export interface DirectoryQueryResult {
  readonly outcome: KqlOutcome;
  readonly warnings: readonly LoadWarning[];
  readonly loadMs: number;
}

/**
 * Runs one query over a data directory, loading only what it can read (`huntops kql`): the tables
 * it names and, when its result cannot show a column it does not name, only the JSON keys it names.
 * A one-off query over a million rows spends most of its time loading columns it never reads.
 * A query that fails to compile is run again over everything, so its diagnostics (`did you mean`)
 * are those of the full data. Throws `KqlLoadError` when the directory cannot be listed or a table
 * the query names cannot be loaded; a file of a table it does not name is skipped with a warning.
 */
export async function runQueryOnDirectory(
  dir: string,
  query: string,
  options: RunOptions & { readonly split?: Partial<SplitOptions> } = {},
): Promise<DirectoryQueryResult> {
  const started = performance.now();
  const tables = [...new Set((await listTableFiles(dir)).map((file) => tableNameOf(file.path)))];
  const only = selectionFor(query, tables);
  let loaded = await loadColumnTables(dir, { split: options.split, only, setAsideUnreadable: true });
  let outcome = await runQuery(databaseOf(loaded), query, options);
  if (!outcome.ok && outcome.kind === 'diagnostics' && only !== undefined) {
    loaded = await loadColumnTables(dir, { split: options.split, setAsideUnreadable: true });
    outcome = await runQuery(databaseOf(loaded), query, options);
  }
  const unreadable = settleUnreadable(query, loaded.unreadable);
  if (unreadable.error) throw unreadable.error;
  const loadMs = performance.now() - started - (outcome.ok ? outcome.stats.queryMs : 0);
  return { outcome, warnings: [...loaded.warnings, ...unreadable.skipped], loadMs };
}

/**
 * What the tables that could not be loaded mean for one query: the load error of the first one it
 * names (it cannot run without it), or a warning per file it does not name (skipped, not fatal).
 * A wildcard (`union *`, `search`) does not make a stray file fatal: it reads the tables there are.
 */
export function settleUnreadable(
  query: string,
  unreadable: readonly UnreadableTable[],
): { readonly error?: KqlLoadError; readonly skipped: readonly LoadWarning[] } {
  const named = tablesReadBy(
    query,
    unreadable.map((entry) => entry.table),
  ).named;
  const needed = unreadable.find((entry) => named.has(entry.table));
  if (needed) return { error: needed.error, skipped: [] };
  const skipped = unreadable.map(({ table, error }) => ({
    file: error.file,
    message: `skipped: not loaded as table "${table}" (${error.code} ${error.problem}); a query naming ${table} fails until the file is fixed or removed`,
  }));
  return { skipped };
}

/** The tables of `tables` that `query` names, and whether it may read tables it does not name (`union *`, `search`). */
export function tablesReadBy(
  query: string,
  tables: readonly string[],
): { readonly named: ReadonlySet<string>; readonly unnamed: boolean } {
  const words = wordsOf(query);
  // `_GetWatchlist('vip')` reads the table Watchlist_vip (compile/watchlist.ts).
  const watchlists = new Set(words.has(GET_WATCHLIST) ? [...words].map(watchlistTableName) : []);
  return {
    named: new Set(tables.filter((table) => words.has(table) || watchlists.has(table))),
    unnamed: [...READS_UNNAMED].some((word) => words.has(word)),
  };
}

function databaseOf(loaded: LoadedTables): KqlDatabase {
  return KqlDatabase.empty().withTables(...loaded.tables);
}

/** What `query` can read of `tables`, or undefined when that cannot be told from its text (load everything). */
export function selectionFor(query: string, tables: readonly string[]): LoadSelection | undefined {
  const { named, unnamed } = tablesReadBy(query, tables);
  if (unnamed) return undefined;
  const words = wordsOf(query);
  // A watchlist's search key may be its first column, which the query need not name: load whole tables.
  const onlyNamedColumns = !words.has(GET_WATCHLIST) && resultShowsOnlyNamedColumns(query, named, words);
  return { tables: named, columns: onlyNamedColumns ? new Set([...words, ...FIXUP_COLUMNS]) : undefined };
}

/** The names and strings of a query's text, and the words that make it read what it does not name. */
function wordsOf(query: string): Set<string> {
  const words = new Set<string>();
  for (const token of tokenize(query)) {
    if (token.kind === 'ident' || (token.kind === 'punct' && READS_UNNAMED.has(token.text))) words.add(token.text);
    if (token.kind === 'string' && typeof token.value === 'string') words.add(token.value);
  }
  return words;
}

/**
 * Binds the query over empty tables that have, besides the columns it names, one column it cannot
 * name: if that column reaches the result (`take`, `extend`, `project-away`, a join without a
 * projection), the result shows columns the query does not name, so all of them must be loaded.
 * A query that does not bind this way is not narrowed either.
 */
function resultShowsOnlyNamedColumns(query: string, tables: ReadonlySet<string>, words: ReadonlySet<string>): boolean {
  const parsed = parseQuery(query);
  if (parsed.diagnostics.some((d) => d.severity === 'error')) return false;
  const probes = [...tables].map((name) => ColumnTable.empty(name, probeColumns(name, words)));
  const compiled = compileQuery(parsed.tree, query, {
    database: KqlDatabase.empty().withTables(...probes),
    now: 0,
    context: new ExecutionContext(),
  });
  if (compiled.diagnostics.some((d) => d.severity === 'error')) return false;
  return !compiled.schema.some((column) => column.name === UNNAMED);
}

function probeColumns(table: string, words: ReadonlySet<string>): KqlColumn[] {
  const schema = dataSchemaFor(table) ?? [];
  const known = new Set(schema.map((column) => column.name));
  const named = [...words].filter((word) => !known.has(word)).map((name) => ({ name, type: 'string' as const }));
  return [...schema, ...named, { name: UNNAMED, type: 'string' }];
}
