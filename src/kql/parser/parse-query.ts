import { type KqlDiagnostic, locateDiagnostics } from '../diagnostics/index.ts';
import { create, type QueryNode } from '../syntax/index.ts';
import { Cursor } from './cursor.ts';
import { tokenize } from './lexer.ts';
import { parseStatements } from './parse-statements.ts';

/**
 * Parses KQL text into an immutable syntax tree plus coded diagnostics. Never throws on user
 * text: missing pieces become `Missing` nodes and are reported.
 *
 * @example
 * const { tree, diagnostics } = parseQuery('SigninLogs | where ResultType != "0" | take 10');
 */
export function parseQuery(text: string): { tree: QueryNode; diagnostics: KqlDiagnostic[] } {
  const cursor = new Cursor(text, tokenize(text));
  const statements = parseStatements(cursor, false);
  const tree = create({ kind: 'Query', statements, span: { start: 0, length: text.length } });
  const diagnostics = locateDiagnostics(
    text,
    [...cursor.diagnostics].sort((a, b) => a.start - b.start),
  );
  return { tree, diagnostics };
}
