import { Diagnostics, type KqlDiagnostic, locateDiagnostics } from '../diagnostics/index.ts';
import type { ColumnTable, ExecutionContext } from '../engine/index.ts';
import type { ExternalDataResults } from '../external/read-external-data.ts';
import type { QueryNode } from '../syntax/index.ts';
import type { KqlColumn } from '../types.ts';
import { compileStatements } from './compile-statements.ts';
import { CompileContext } from './context.ts';
import { defenderFunctionScope } from './defender-functions.ts';
import type { KqlDatabase } from './kql-database.ts';
import { failedPlan, type Visualization } from './plan.ts';

export interface CompileOptions {
  readonly database: KqlDatabase;
  /** The query's now() in epoch ms. */
  readonly now: number;
  readonly context: ExecutionContext;
  /** The rows (or refusals) of the query's `externaldata` sources, read beforehand by readExternalData. */
  readonly externalData?: ExternalDataResults;
}

export interface CompiledQuery {
  /** Errors stop the query; warnings (a fuzzy union's missing tables) travel with the result. */
  readonly diagnostics: KqlDiagnostic[];
  readonly schema: readonly KqlColumn[];
  /** The chart a final `render` asked for. */
  readonly visualization?: Visualization;
  run(): ColumnTable;
}

/**
 * Binds names and types against the database and compiles the query into a plan of engine
 * operators with closure-compiled expressions. Never throws on user text.
 */
export function compileQuery(tree: QueryNode, text: string, options: CompileOptions): CompiledQuery {
  const closed = compileWith(tree, text, options, false);
  // A watchlist without data cannot say which columns it would have: a query that binds with its item columns
  // alone keeps them, one that does not is bound again with the names it reads as the watchlist's (watchlist.ts).
  if (!closed.cx.readsWatchlistWithoutData || !closed.cx.hasErrors) return closed.compiled;
  return compileWith(tree, text, options, true).compiled;
}

function compileWith(
  tree: QueryNode,
  text: string,
  options: CompileOptions,
  openWatchlists: boolean,
): { readonly cx: CompileContext; readonly compiled: CompiledQuery } {
  const cx = new CompileContext(
    options.database,
    options.now,
    options.context,
    options.externalData,
    tree,
    openWatchlists,
  );
  const env = { columns: [], scope: defenderFunctionScope().child(), cx };
  const result = compileStatements(tree.statements, env);
  let plan = failedPlan();
  if (!result) {
    cx.report(Diagnostics.missingExpression({ start: text.length, length: 0 }));
  } else if (result.kind === 'scalar') {
    const last = tree.statements[tree.statements.length - 1];
    cx.report(Diagnostics.notTabular('the query result (use print for a scalar)', last.span));
  } else {
    plan = result.plan;
  }
  const compiled = {
    diagnostics: locateDiagnostics(
      text,
      [...cx.diagnostics].sort((a, b) => a.start - b.start),
    ),
    schema: plan.schema,
    visualization: plan.visualization,
    run: () => plan.run(),
  };
  return { cx, compiled };
}
