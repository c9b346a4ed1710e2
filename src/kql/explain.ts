import { compileQuery, KqlDatabase } from './compile/index.ts';
import type { KqlDiagnostic } from './diagnostics/index.ts';
import { ExecutionContext, KqlRuntimeError } from './engine/index.ts';
import { isStackOverflow, NESTED_TOO_DEEPLY } from './nested-too-deeply.ts';
import { parseQuery } from './parser/index.ts';
import { asimParser, sentinelNamesIn } from './schemas/index.ts';

/** The codes of valid KQL that only this engine cannot run (diagnostic-facts.ts: "not supported by the local engine"). */
const UNSUPPORTED_CODES: ReadonlySet<string> = new Set(['KQL0020', 'KQL0021', 'KQL0022', 'KQL0023']);

export interface QueryExplanation {
  /** Each construct the local engine would not run (operator, function, plugin, externaldata), with its position. */
  readonly unsupported: readonly KqlDiagnostic[];
  /** The query's other errors (unknown names, type errors, syntax), which Kusto would also report. */
  readonly errors: readonly KqlDiagnostic[];
  /**
   * The tables and parser functions the query names whose schema comes from Azure-Sentinel's query validation
   * (Sentinel solution tables, ASIM parsers) rather than Microsoft's table reference, and the database has no
   * data for: `CiscoDuo` → "Sentinel solution table", `_Im_Dns` → "ASIM Dns parser".
   */
  readonly sentinelSchemas: readonly { readonly name: string; readonly source: string }[];
}

/**
 * What the local engine would not run in `text`, found by parsing and compiling it against `database`
 * (by default no data: every catalogued table is known and empty) without running anything.
 * `huntops kql --explain` prints it.
 *
 * @example explainQuery('T | evaluate foo()').unsupported[0].message // "… not supported by the local engine"
 */
export function explainQuery(text: string, database: KqlDatabase = KqlDatabase.empty()): QueryExplanation {
  const parsed = parseQuery(text);
  let diagnostics = parsed.diagnostics;
  if (!diagnostics.some((d) => d.severity === 'error' && !UNSUPPORTED_CODES.has(d.code))) {
    try {
      const compiled = compileQuery(parsed.tree, text, { database, now: 0, context: new ExecutionContext() });
      diagnostics = [...diagnostics, ...compiled.diagnostics];
    } catch (error) {
      // A plugin whose columns depend on the data (bag_unpack) runs its input while compiling: nothing to explain.
      // A query nested past the stack is said to be, as runQuery says it.
      if (isStackOverflow(error)) diagnostics = [...diagnostics, NESTED_TOO_DEEPLY];
      else if (!(error instanceof KqlRuntimeError)) throw error;
    }
  }
  // The parser and the compiler may both name an unsupported operator: list it once.
  const seen = new Set<string>();
  const errors = diagnostics.filter((d) => {
    const key = `${d.code}@${d.start}:${d.message}`;
    if (d.severity !== 'error' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const { tables, parsers } = sentinelNamesIn(text);
  const sentinelSchemas = [
    ...tables.map((name) => ({ name, source: 'Sentinel solution table' })),
    ...parsers.map((name) => ({ name, source: `ASIM ${asimParser(name)?.schema} parser` })),
  ].filter(({ name }) => database.table(name) === undefined);
  return {
    unsupported: errors.filter((d) => UNSUPPORTED_CODES.has(d.code)),
    errors: errors.filter((d) => !UNSUPPORTED_CODES.has(d.code)),
    sentinelSchemas,
  };
}
