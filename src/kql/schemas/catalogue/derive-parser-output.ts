/**
 * The output schema of a Sentinel solution parser that has no validation file (OracleDatabaseAuditEvent,
 * CiscoISEEvent, …): its only schema is its KQL, the FunctionQuery of an Azure-Sentinel `Parsers/<Name>.yaml`.
 * The generator compiles that query with this engine over the catalogued tables it reads (Syslog,
 * CommonSecurityLog, a copied _CL schema) and keeps only the columns and types it returns, never the parser's
 * code. Used by generate-sentinel-catalogue.ts only, not at runtime.
 */
import { parse } from 'yaml';
import { bindQuery, formatDiagnostic, KqlDatabase } from '../../index.ts';
import type { KqlColumn } from '../../types.ts';

/** A parser YAML as Azure-Sentinel publishes it: the function's name and its query. */
interface ParserFile {
  readonly FunctionName?: string;
  readonly FunctionAlias?: string;
  readonly FunctionQuery?: string;
}

export type DerivedParserOutput =
  | { readonly ok: true; readonly name: string; readonly columns: readonly KqlColumn[] }
  | { readonly ok: false; readonly name: string; readonly errors: readonly string[] };

/**
 * Compiles a parser file's FunctionQuery over the catalogue (every table empty) and returns what it outputs.
 * A query the engine cannot compile, an unknown source table included, yields its errors: the parser is then
 * left uncatalogued rather than guessed.
 */
export function deriveParserOutput(yamlText: string): DerivedParserOutput {
  const file = parse(yamlText) as ParserFile;
  // Queries call the parser by its alias (the name it is saved under in the workspace).
  const name = file.FunctionAlias ?? file.FunctionName;
  if (!name || !file.FunctionQuery)
    throw new Error('not a Sentinel parser file: it has no FunctionAlias/FunctionQuery');
  const { diagnostics, schema } = bindQuery(KqlDatabase.empty(), file.FunctionQuery);
  const errors = diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
  return errors.length > 0 ? { ok: false, name, errors } : { ok: true, name, columns: schema };
}
