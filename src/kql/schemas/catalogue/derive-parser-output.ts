/**
 * The output schema of a Sentinel solution parser that has no validation file (OracleDatabaseAuditEvent,
 * CiscoISEEvent, …): its only schema is its KQL, the FunctionQuery of an Azure-Sentinel `Parsers/<Name>.yaml`.
 * The generator compiles that query with this engine over the catalogued tables it reads (Syslog,
 * CommonSecurityLog, a copied _CL schema) and keeps only the columns and types it returns, never the parser's
 * code. Used by generate-sentinel-catalogue.ts only, not at runtime.
 */
import { parse } from 'yaml';
import type { Span } from '../../diagnostics/index.ts';
import { bindQuery, formatDiagnostic, KqlDatabase, type KqlDiagnostic, parseQuery } from '../../index.ts';
import type { DatatableNode } from '../../syntax/index.ts';
import type { KqlColumn } from '../../types.ts';

/** A parser YAML as Azure-Sentinel publishes it: the function's name and its query. */
interface ParserFile {
  readonly FunctionName?: string;
  readonly FunctionAlias?: string;
  readonly FunctionQuery?: string;
}

export type DerivedParserOutput =
  | {
      readonly ok: true;
      readonly name: string;
      readonly columns: readonly KqlColumn[];
      /** How many datatable values were left out because they do not fit their declared column (see below). */
      readonly unfitDatatableValues: number;
    }
  | { readonly ok: false; readonly name: string; readonly errors: readonly string[] };

/** Every datatable in a parsed query, wherever it sits (a let, a lookup, a union leg). */
function* datatablesIn(node: unknown): Generator<DatatableNode> {
  if (node === null || typeof node !== 'object') return;
  if ((node as { kind?: unknown }).kind === 'Datatable') yield node as DatatableNode;
  for (const child of Object.values(node)) yield* datatablesIn(child);
}

const sameSpan = (error: KqlDiagnostic, node: { readonly span: Span }) =>
  error.start === node.span.start && error.length === node.span.length;

/** The query with every datatable's values cut out, its declared columns left: `datatable(a:string) []`. */
function withEmptyDatatables(query: string, datatables: readonly DatatableNode[]): string {
  let text = query;
  const filled = datatables.filter((datatable) => datatable.values.length > 0);
  for (const datatable of filled.sort((a, b) => b.span.start - a.span.start)) {
    const closing = text.lastIndexOf(']', datatable.span.start + datatable.span.length);
    text = text.slice(0, datatable.values[0].span.start) + text.slice(closing);
  }
  return text;
}

function compile(database: KqlDatabase, query: string) {
  const { diagnostics, schema } = bindQuery(database, query);
  return { errors: diagnostics.filter((d) => d.severity === 'error'), schema };
}

/**
 * Compiles a parser file's FunctionQuery over the catalogue (every table empty) and returns what it outputs.
 * A query the engine cannot compile, an unknown source table included, yields its errors: the parser is then
 * left uncatalogued rather than guessed.
 *
 * One kind of error is set aside: a datatable value that does not fit its declared column (a string literal in a
 * long column, which Microsoft's query validation accepts; an int literal in a string column now compiles, as the
 * engine reads it as its text). A datatable's schema is its declared column list
 * (datatable-operator.md: "The column name and column value pairs define the schema for the table"), so such a
 * parser is compiled again with its datatables emptied, and the count of values set aside is returned.
 */
export function deriveParserOutput(yamlText: string): DerivedParserOutput {
  const file = parse(yamlText) as ParserFile;
  // Queries call the parser by its alias (the name it is saved under in the workspace).
  const name = file.FunctionAlias ?? file.FunctionName;
  if (!name || !file.FunctionQuery)
    throw new Error('not a Sentinel parser file: it has no FunctionAlias/FunctionQuery');
  const database = KqlDatabase.empty();
  const compiled = compile(database, file.FunctionQuery);
  if (compiled.errors.length === 0) return { ok: true, name, columns: compiled.schema, unfitDatatableValues: 0 };
  const datatables = [...datatablesIn(parseQuery(file.FunctionQuery).tree)];
  const onValues = (error: KqlDiagnostic) => datatables.some((d) => d.values.some((value) => sameSpan(error, value)));
  const failed = (errors: readonly KqlDiagnostic[]) => ({
    ok: false as const,
    name,
    errors: errors.map(formatDiagnostic),
  });
  if (!compiled.errors.every(onValues)) return failed(compiled.errors.filter((error) => !onValues(error)));
  const emptied = compile(database, withEmptyDatatables(file.FunctionQuery, datatables));
  if (emptied.errors.length > 0) return failed(emptied.errors);
  return { ok: true, name, columns: emptied.schema, unfitDatatableValues: compiled.errors.length };
}
