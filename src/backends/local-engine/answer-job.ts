import {
  createExternalDataReader,
  formatDiagnostic,
  KqlDatabase,
  KqlLoadError,
  loadColumnTablesCached,
  type RunOptions,
  runQuery,
  settleUnreadable,
  tablesReadBy,
  toWireTable,
} from '../../kql/index.ts';
import { restrictToWindow } from '../time-window.ts';
import { toWireRows } from '../wire-cells.ts';
import type { LocalAnswer, LocalJob } from './protocol.ts';

/**
 * How the thread runs a job's query: its time limit, and whom to tell when the query starts to hold the thread
 * (after its data is loaded and its external data read).
 */
export type QueryRun = Required<Pick<RunOptions, 'timeoutMs' | 'onStarted'>>;

/**
 * Runs one job on the engine thread. Files are loaded once per thread and reloaded when they change;
 * the window restricts every table's TimeGenerated/Timestamp as the services do, and `now()` is the
 * window's end so replayed exports behave as on the day they were taken. A table whose file cannot be
 * loaded fails only the queries that name it; for the others its file is reported as skipped. `externaldata`
 * reads what the job's settings allow, as `huntops kql` does.
 */
export async function answerJob(job: LocalJob, run: QueryRun): Promise<LocalAnswer> {
  let loaded: Awaited<ReturnType<typeof loadColumnTablesCached>>;
  try {
    loaded = await loadColumnTablesCached(job.dataDir);
  } catch (error) {
    const hint = error instanceof KqlLoadError ? ` (${error.hint})` : '';
    return { kind: 'unreadable', message: `${(error as Error).message}${hint}` };
  }
  const unreadable = settleUnreadable(job.query, loaded.unreadable);
  if (unreadable.error) return { kind: 'unreadable', message: unreadable.error.message };
  const window = { start: new Date(job.window.start), end: new Date(job.window.end) };
  const database = restrictToWindow(KqlDatabase.empty().withTables(...loaded.tables), window);
  // A reader is a closure, so the job carries the settings and each job builds its own on this thread.
  const externalData = job.externalData && createExternalDataReader(job.externalData, (url, init) => fetch(url, init));
  // `run.onStarted` is told once the query's external data is read: another job's query may hold the thread while a
  // fetch waits.
  const outcome = await runQuery(database, job.query, { now: window.end, externalData, ...run });
  if (!outcome.ok && outcome.kind === 'diagnostics') {
    const errors = outcome.diagnostics.filter((d) => d.severity === 'error');
    return { kind: 'rejected', messages: errors.map(formatDiagnostic) };
  }
  if (!outcome.ok) return { kind: 'failed', code: outcome.error.code, message: outcome.error.message };
  const wire = toWireTable(outcome.table);
  return {
    kind: 'ok',
    columns: wire.columns,
    rows: toWireRows(wire.columns, wire.rows),
    loadWarnings: loaded.warnings.map(({ file, message }) => ({ file, message })),
    skippedFiles: unreadable.skipped.map(({ file, message }) => ({ file, message })),
    rowsRead: rowsReadBy(job.query, database),
    queryWarnings: outcome.warnings,
    // runQuery reports its row cap only as a warning text ("result truncated to N rows").
    truncated: outcome.warnings.some((warning) => warning.includes('truncated')),
  };
}

/** The rows in the window of the tables the query reads: what the engine scans, the way the services count. */
function rowsReadBy(query: string, database: KqlDatabase): number {
  const all = database.tableNames();
  const read = tablesReadBy(query, all);
  const names = read.unnamed ? all : [...read.named];
  return names.reduce((sum, name) => sum + (database.table(name)?.rowCount ?? 0), 0);
}
