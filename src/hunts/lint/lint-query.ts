import {
  asimParser,
  asimParsersNamedIn,
  catalogueTablesNamedIn,
  type KqlColumn,
  openColumnsOf,
  schemaFor,
  toKustoSchemaString,
} from '../../kql/index.ts';
import {
  analyze,
  createKustoGlobals,
  type KustoDiagnostic,
  type KustoFunction,
  type KustoGlobals,
} from './language-service.ts';
import {
  callsWatchlist,
  fileProfileColumnArguments,
  serviceFunctionsNamedIn,
  type WatchlistColumns,
} from './service-functions.ts';

/** One analyzer finding, with a 1-based line and column in the text that was linted. */
export interface LintDiagnostic {
  readonly code: string;
  readonly severity: string;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly length: number;
}

/** Globals per set of declared tables; hunts and templates name few distinct sets. */
const globalsByTables = new Map<string, KustoGlobals>();
const MAX_CACHED_GLOBALS = 64;

/**
 * Globals declaring the catalogued tables, ASIM parsers and service functions `text` names: any of them binds,
 * and one it does not name is not needed. Declaring the whole catalogue (800 tables) costs seconds.
 */
function globalsFor(text: string, watchlist: WatchlistColumns): KustoGlobals {
  const services = serviceFunctionsNamedIn(text, watchlist);
  const tables = [...new Set([...catalogueTablesNamedIn(text), ...services.tables])].sort();
  const parsers = asimParsersNamedIn(text);
  const words = text.match(/\b[A-Za-z_]\w*\b/g) ?? [];
  const schemas = tables.map((name) => [name, declaredSchema(name, words)] as const);
  const key = `${schemas.map(([name, schema]) => `${name}${schema}`).join(',')};${parsers.join(',')};${Object.keys(services.functions).join(',')};${watchlist}`;
  let globals = globalsByTables.get(key);
  if (!globals) {
    if (globalsByTables.size >= MAX_CACHED_GLOBALS) globalsByTables.clear();
    globals = createKustoGlobals(Object.fromEntries(schemas), {
      ...Object.fromEntries(parsers.map((name) => [name, asimFunction(name)])),
      ...services.functions,
    });
    globalsByTables.set(key, globals);
  }
  return globals;
}

/**
 * A table's schema as declared to the analyzer: the catalogued columns, plus, for a table with open columns
 * (AzureDiagnostics), the suffixed names among the text's words, as the engine binds them (openColumnsOf).
 */
function declaredSchema(table: string, words: readonly string[]): string {
  const schema = schemaFor(table) ?? [];
  return toKustoSchemaString([...schema, ...openColumnsOf(table, words, schema)]);
}

/** An ASIM parser as a stored function: its documented parameters, all optional, returning its schema. */
function asimFunction(name: string): KustoFunction {
  const parser = asimParser(name);
  const columns: readonly KqlColumn[] = parser?.columns ?? [];
  return {
    parameters: `(${parser?.parameters.join(', ') ?? ''})`,
    body: `{ datatable${toKustoSchemaString(columns)}[] }`,
  };
}

/** Lints KQL text against the known table schemas. */
export function lintQuery(text: string): LintDiagnostic[] {
  return analyzeQuery(text).diagnostics;
}

/** Lints KQL text and also returns the names of its result columns (when the analyzer can tell). */
export function analyzeQuery(text: string): { diagnostics: LintDiagnostic[]; resultColumns?: string[] } {
  const { diagnostics, resultColumns } = analyze(text, globalsFor(text, 'open'));
  const bareFileIds = new Set(fileProfileColumnArguments(text));
  const found = [...diagnostics, ...possibleWatchlistColumns(text, diagnostics)]
    .filter((diagnostic) => !(diagnostic.Code === UNKNOWN_NAME && bareFileIds.has(diagnostic.Start)))
    .sort((a, b) => a.Start - b.Start);
  return { diagnostics: found.map((diagnostic) => toLintDiagnostic(text, diagnostic)), resultColumns };
}

/** The analyzer's "name does not refer to any known column, table, variable or function". */
const UNKNOWN_NAME = 'KS142';

/**
 * A watchlist's own columns are whatever its file had, so lint declares `_GetWatchlist`'s result open and the
 * analyzer accepts any column read from it. A name it accepts only so is not checked at all; rather than stay
 * silent, the query is bound again with only the known item columns, and a name unknown then but not before
 * (it can only be the watchlist's) is a warning: possibly a typo, possibly a column lint cannot see.
 */
function possibleWatchlistColumns(text: string, diagnostics: readonly KustoDiagnostic[]): KustoDiagnostic[] {
  if (!callsWatchlist(text)) return [];
  const reported = new Set(diagnostics.map((diagnostic) => diagnostic.Start));
  return analyze(text, globalsFor(text, 'closed'))
    .diagnostics.filter((diagnostic) => diagnostic.Code === UNKNOWN_NAME && !reported.has(diagnostic.Start))
    .map((diagnostic) => ({
      // Named one by one: the analyzer's diagnostics keep their properties on the prototype, out of a spread.
      Code: diagnostic.Code,
      Start: diagnostic.Start,
      Length: diagnostic.Length,
      Severity: 'Warning',
      Message: `${diagnostic.Message} It may be a column of the watchlist, whose own columns lint cannot know.`,
    }));
}

function toLintDiagnostic(text: string, diagnostic: KustoDiagnostic): LintDiagnostic {
  const { line, column } = lineAndColumn(text, diagnostic.Start);
  return {
    code: diagnostic.Code ?? 'KS000',
    severity: diagnostic.Severity ?? 'Error',
    message: diagnostic.Message ?? '',
    line,
    column,
    length: diagnostic.Length,
  };
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lastNewline = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: offset - lastNewline };
}
