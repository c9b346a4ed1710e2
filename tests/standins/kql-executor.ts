import { restrictToWindow } from '../../src/backends/index.ts';
import {
  formatDiagnostic,
  KqlDatabase,
  loadColumnTablesCached,
  runQuery,
  tablesReadBy,
  toWireTable,
  type WireTable,
} from '../../src/kql/index.ts';

export type ExecutorAnswer =
  | { ok: true; table: WireTable; rowsScanned: number }
  | { ok: false; code: 'SemanticError' | 'RuntimeError'; message: string };

/**
 * How the stand-ins "are" the service: our KQL engine over fixture directories (one per workspace),
 * with the timespan applied to every table's time column as the real services do.
 */
export async function executeOnFixtures(
  dataDirs: readonly string[],
  query: string,
  window: { start: Date; end: Date },
  now: Date,
): Promise<ExecutorAnswer> {
  let database = KqlDatabase.empty();
  for (const dir of dataDirs) {
    const { tables } = await loadColumnTablesCached(dir);
    // Additional workspaces add rows to same-named tables, as a cross-workspace query would.
    const merged = tables.map((table) => {
      const existing = database.table(table.name);
      if (!existing) return table;
      const raw = existing.toRaw();
      const extra = table.toRaw();
      const columns = [...raw.columns, ...extra.columns.filter((c) => !raw.columns.some((r) => r.name === c.name))];
      const align = (from: typeof raw) =>
        from.rows.map((row) => columns.map((c) => row[from.columns.findIndex((f) => f.name === c.name)] ?? null));
      return { name: table.name, columns, rows: [...align(raw), ...align(extra)] };
    });
    database = database.withTables(...merged);
  }
  const windowed = restrictToWindow(database, window);
  const outcome = await runQuery(windowed, query, { now });
  if (outcome.ok) return { ok: true, table: toWireTable(outcome.table), rowsScanned: rowsRead(windowed, query) };
  if (outcome.kind === 'runtime')
    return { ok: false, code: 'RuntimeError', message: `${outcome.error.code}: ${outcome.error.message}` };
  const errors = outcome.diagnostics.filter((d) => d.severity === 'error');
  return { ok: false, code: 'SemanticError', message: errors.map(formatDiagnostic).join('; ') };
}

/** What the service counts as scanned: the rows in the timespan of the tables the query reads. */
function rowsRead(database: KqlDatabase, query: string): number {
  const all = database.tableNames();
  const read = tablesReadBy(query, all);
  return (read.unnamed ? all : [...read.named]).reduce((sum, name) => sum + (database.table(name)?.rowCount ?? 0), 0);
}
