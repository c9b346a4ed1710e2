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
 * Globals declaring the catalogued tables and ASIM parsers `text` names: any of them binds, and one
 * it does not name is not needed. Declaring the whole catalogue (800 tables) costs seconds.
 */
function globalsFor(text: string): KustoGlobals {
  const tables = catalogueTablesNamedIn(text);
  const parsers = asimParsersNamedIn(text);
  const schemas = tables.map((name) => [name, declaredSchema(name, text)] as const);
  const key = `${schemas.map(([name, schema]) => `${name}${schema}`).join(',')};${parsers.join(',')}`;
  let globals = globalsByTables.get(key);
  if (!globals) {
    if (globalsByTables.size >= MAX_CACHED_GLOBALS) globalsByTables.clear();
    globals = createKustoGlobals(
      Object.fromEntries(schemas),
      Object.fromEntries(parsers.map((name) => [name, asimFunction(name)])),
    );
    globalsByTables.set(key, globals);
  }
  return globals;
}

/**
 * A table's schema as declared to the analyzer: the catalogued columns, plus, for a table with open columns
 * (AzureDiagnostics), the suffixed names the text spells, as the engine binds them (openColumnsOf).
 */
function declaredSchema(table: string, text: string): string {
  const schema = schemaFor(table) ?? [];
  return toKustoSchemaString([...schema, ...openColumnsOf(table, text.match(/\b[A-Za-z_]\w*\b/g) ?? [], schema)]);
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
  const { diagnostics, resultColumns } = analyze(text, globalsFor(text));
  return { diagnostics: diagnostics.map((diagnostic) => toLintDiagnostic(text, diagnostic)), resultColumns };
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
