import { compileQuery, KqlDatabase } from './compile/index.ts';
import { ExecutionContext } from './engine/index.ts';
import { ColumnTable } from './engine/table.ts';
import type { LoadWarning } from './load/errors.ts';
import { FIXUP_COLUMNS } from './load/fixups.ts';
import {
  type LoadedTables,
  type LoadSelection,
  listTableFiles,
  loadColumnTables,
  type SplitOptions,
  tableNameOf,
} from './load/index.ts';
import { parseQuery } from './parser/index.ts';
import { tokenize } from './parser/lexer.ts';
import { type KqlOutcome, type RunOptions, runQuery } from './query.ts';
import { schemaFor } from './schemas/index.ts';
import type { KqlColumn } from './types.ts';

/**
 * Words that make a query read tables or columns it does not name: wildcards (`union *`,
 * `arg_max(x, *)`, `project-away Col*`), `pack_all()`, `search` and `find` (every table),
 * `getschema` and plugins.
 */
const READS_UNNAMED = new Set(['*', 'pack_all', 'search', 'find', 'getschema', 'evaluate']);
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
 * are those of the full data. Throws `KqlLoadError` when the data cannot be loaded.
 */
export async function runQueryOnDirectory(
  dir: string,
  query: string,
  options: RunOptions & { readonly split?: Partial<SplitOptions> } = {},
): Promise<DirectoryQueryResult> {
  const started = performance.now();
  const tables = [...new Set((await listTableFiles(dir)).map((file) => tableNameOf(file.path)))];
  const only = selectionFor(query, tables);
  let loaded = await loadColumnTables(dir, { split: options.split, only });
  let outcome = await runQuery(databaseOf(loaded), query, options);
  if (!outcome.ok && outcome.kind === 'diagnostics' && only !== undefined) {
    loaded = await loadColumnTables(dir, { split: options.split });
    outcome = await runQuery(databaseOf(loaded), query, options);
  }
  const loadMs = performance.now() - started - (outcome.ok ? outcome.stats.queryMs : 0);
  return { outcome, warnings: loaded.warnings, loadMs };
}

function databaseOf(loaded: LoadedTables): KqlDatabase {
  return KqlDatabase.empty().withTables(...loaded.tables);
}

/** What `query` can read of `tables`, or undefined when that cannot be told from its text (load everything). */
export function selectionFor(query: string, tables: readonly string[]): LoadSelection | undefined {
  const words = new Set<string>();
  for (const token of tokenize(query)) {
    if (token.kind === 'ident' || (token.kind === 'punct' && READS_UNNAMED.has(token.text))) words.add(token.text);
    if (token.kind === 'string' && typeof token.value === 'string') words.add(token.value);
  }
  if ([...READS_UNNAMED].some((word) => words.has(word))) return undefined;
  const named = new Set(tables.filter((table) => words.has(table)));
  const onlyNamedColumns = resultShowsOnlyNamedColumns(query, named, words);
  return { tables: named, columns: onlyNamedColumns ? new Set([...words, ...FIXUP_COLUMNS]) : undefined };
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
  const schema = schemaFor(table) ?? [];
  const known = new Set(schema.map((column) => column.name));
  const named = [...words].filter((word) => !known.has(word)).map((name) => ({ name, type: 'string' as const }));
  return [...schema, ...named, { name: UNNAMED, type: 'string' }];
}
