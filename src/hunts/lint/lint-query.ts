import { TABLE_SCHEMAS, toKustoSchemaString } from '../../kql/index.ts';
import { analyze, createKustoGlobals, type KustoDiagnostic, type KustoGlobals } from './language-service.ts';

/** One analyzer finding, with a 1-based line and column in the text that was linted. */
export interface LintDiagnostic {
  readonly code: string;
  readonly severity: string;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly length: number;
}

let defaultGlobals: KustoGlobals | undefined;

/** Globals declaring every table huntops knows (TABLE_SCHEMAS), built once per process. */
function knownTablesGlobals(): KustoGlobals {
  defaultGlobals ??= createKustoGlobals(
    Object.fromEntries(Object.entries(TABLE_SCHEMAS).map(([name, columns]) => [name, toKustoSchemaString(columns)])),
  );
  return defaultGlobals;
}

/** Lints KQL text against the known table schemas. */
export function lintQuery(text: string): LintDiagnostic[] {
  return analyzeQuery(text).diagnostics;
}

/** Lints KQL text and also returns the names of its result columns (when the analyzer can tell). */
export function analyzeQuery(text: string): { diagnostics: LintDiagnostic[]; resultColumns?: string[] } {
  const { diagnostics, resultColumns } = analyze(text, knownTablesGlobals());
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
