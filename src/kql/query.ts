import type { KqlDatabase, Visualization } from './compile/index.ts';
import { compileQuery, limitResult, requestPropertiesOf } from './compile/index.ts';
import type { KqlDiagnostic } from './diagnostics/index.ts';
import { type ColumnTable, ExecutionContext, KqlRuntimeError } from './engine/index.ts';
import type { ExternalDataReader } from './external/external-data-reader.ts';
import { readExternalData } from './external/read-external-data.ts';
import { isStackOverflow, NESTED_TOO_DEEPLY } from './nested-too-deeply.ts';
import { parseQuery } from './parser/index.ts';
import type { KqlColumn } from './types.ts';

export { KqlDatabase, toWireTable, type Visualization, type WireTable } from './compile/index.ts';
export { formatDiagnostic, type KqlDiagnostic } from './diagnostics/index.ts';
export { parseQuery } from './parser/index.ts';

/** A query result: an immutable columnar table (see ./engine/table.ts). */
export type ResultTable = ColumnTable;

export interface RunOptions {
  /**
   * The instant `now()` and `ago()` refer to; one value for the whole query. Default: the current time. A query's
   * own `set query_now = datetime(…)` wins, as the request property overrides the service's clock.
   */
  readonly now?: Date;
  /** Rows kept in the result; more are dropped with a warning. Default 500,000. */
  readonly maxRows?: number;
  readonly timeoutMs?: number;
  readonly maxMemoryMb?: number;
  /** Where `externaldata` URLs are read from (createExternalDataReader); without one they are refused. */
  readonly externalData?: ExternalDataReader;
  /**
   * Called once the external data is read, as compiling and running begin: from there the query holds its thread
   * until it answers (the local engine thread's watchdog counts from here; a fetch waits on the network instead).
   */
  readonly onStarted?: () => void;
}

export type KqlOutcome =
  | {
      readonly ok: true;
      readonly table: ResultTable;
      readonly warnings: string[];
      /** The chart a final `render` asked for (pass it to toWireTable to keep it on the wire). */
      readonly visualization?: Visualization;
      readonly stats: { readonly queryMs: number; readonly rows: number };
    }
  | { readonly ok: false; readonly kind: 'diagnostics'; readonly diagnostics: KqlDiagnostic[] }
  | {
      readonly ok: false;
      readonly kind: 'runtime';
      /** `message` leaves the code out: show them as `${code} ${message}`. */
      readonly error: { readonly code: string; readonly message: string };
    };

/**
 * Parses, binds, compiles and runs one KQL query over `database`. Never throws on user text
 * or data: problems come back as diagnostics (before running) or a coded runtime error.
 *
 * @example
 * const outcome = await runQuery(db, 'SigninLogs | summarize count() by IPAddress', { now: new Date() });
 * if (outcome.ok) console.log(toWireTable(outcome.table));
 */
export async function runQuery(database: KqlDatabase, text: string, options: RunOptions = {}): Promise<KqlOutcome> {
  const started = performance.now();
  const parsed = parseQuery(text);
  if (parsed.diagnostics.some((d) => d.severity === 'error')) {
    return { ok: false, kind: 'diagnostics', diagnostics: parsed.diagnostics };
  }
  // Only the limits the caller set: an explicit undefined would override the defaults.
  const limits = Object.fromEntries(
    Object.entries({
      maxResultRows: options.maxRows,
      timeoutMs: options.timeoutMs,
      maxMemoryMb: options.maxMemoryMb,
    }).filter(([, value]) => value !== undefined),
  );
  const context = new ExecutionContext(limits);
  const requested = requestPropertiesOf(parsed.tree);
  let compiled: ReturnType<typeof compileQuery>;
  try {
    const externalData = await readExternalData(parsed.tree, options.externalData);
    options.onStarted?.();
    compiled = compileQuery(parsed.tree, text, {
      database,
      now: requested.now ?? (options.now ?? new Date()).getTime(),
      context,
      externalData,
    });
  } catch (error) {
    // A plugin whose columns depend on the data (bag_unpack) runs its input while compiling.
    if (error instanceof KqlRuntimeError) {
      return { ok: false, kind: 'runtime', error: { code: error.code, message: error.detail } };
    }
    return internalError(error);
  }
  if (compiled.diagnostics.some((d) => d.severity === 'error')) {
    return { ok: false, kind: 'diagnostics', diagnostics: compiled.diagnostics };
  }
  try {
    const limited = limitResult(compiled.run(), requested);
    const { table, truncated } = context.capResult(limited.table);
    const warnings = [
      ...compiled.diagnostics.map((d) => d.message),
      ...limited.warnings,
      ...movedClockWarning(requested.now, options.now),
    ];
    if (truncated) warnings.push(`result truncated to ${context.limits.maxResultRows} rows (maxRows)`);
    const stats = { queryMs: performance.now() - started, rows: table.rowCount };
    const visualization = compiled.visualization;
    return visualization ? { ok: true, table, warnings, visualization, stats } : { ok: true, table, warnings, stats };
  } catch (error) {
    if (error instanceof KqlRuntimeError) {
      return { ok: false, kind: 'runtime', error: { code: error.code, message: error.detail } };
    }
    return internalError(error);
  }
}

/**
 * A caller that gives `now` binds the query to a moment (a hunt's window end, `huntops kql --at`); a query whose
 * `set query_now` moves it makes every ago() filter count from another instant, which can empty a hunt's
 * window without an error. The rows read stay the caller's to choose; the move is said, not refused.
 */
function movedClockWarning(queryNow: number | undefined, callerNow: Date | undefined): string[] {
  if (queryNow === undefined || callerNow === undefined || queryNow === callerNow.getTime()) return [];
  const at = (ms: number) => new Date(ms).toISOString();
  return [
    `set query_now makes now() and ago() count from ${at(queryNow)}, not from ${at(callerNow.getTime())} where this run was asked for`,
  ];
}

/**
 * Parses and binds a query against `database` without running it: every diagnostic (syntax,
 * unknown names, types, unsupported features) plus the result schema. The linting entry point,
 * as `parseQuery` is the syntax-only one. Never throws on user text.
 *
 * @example
 * const { diagnostics, schema } = bindQuery(db, 'SigninLogs | summarize count() by IPAddress');
 */
export function bindQuery(
  database: KqlDatabase,
  text: string,
  options: { readonly now?: Date } = {},
): { diagnostics: KqlDiagnostic[]; schema: readonly KqlColumn[] } {
  const parsed = parseQuery(text);
  if (parsed.diagnostics.some((d) => d.severity === 'error')) return { diagnostics: parsed.diagnostics, schema: [] };
  try {
    const compiled = compileQuery(parsed.tree, text, {
      database,
      now: requestPropertiesOf(parsed.tree).now ?? (options.now ?? new Date()).getTime(),
      context: new ExecutionContext(),
    });
    return { diagnostics: compiled.diagnostics, schema: compiled.schema };
  } catch (error) {
    if (isStackOverflow(error)) return { diagnostics: [NESTED_TOO_DEEPLY], schema: [] };
    const message = error instanceof Error ? error.message : String(error);
    const at = { line: 1, column: 1, start: 0, length: 0 };
    return {
      diagnostics: [{ code: 'KQL0000', severity: 'error', message: `internal engine error: ${message}`, ...at }],
      schema: [],
    };
  }
}

/** Anything but a coded runtime error is an engine bug: reported, never thrown at the caller (a chat bot). */
function internalError(error: unknown): KqlOutcome {
  if (isStackOverflow(error)) return { ok: false, kind: 'diagnostics', diagnostics: [NESTED_TOO_DEEPLY] };
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, kind: 'runtime', error: { code: 'KQLR000', message: `internal engine error: ${message}` } };
}
