import { Diagnostics } from '../diagnostics/index.ts';
import { create, type FunctionDeclaration, type FunctionParameter, type StatementNode } from '../syntax/index.ts';
import { type Cursor, tokenSpan } from './cursor.ts';
import { parseExpression, parsePipeline } from './parse-expressions.ts';
import { parseColumnDeclarations, readName } from './parse-sources.ts';
import { typeFromName } from './type-names.ts';

/**
 * Statements that Kusto has but huntops does not model; skipped with a diagnostic. `set` is modelled in a query
 * (request properties, set-statement.md), not in a function body, where Kusto has no set statement either.
 */
const UNSUPPORTED_STATEMENTS = new Set(['set', 'declare', 'alias', 'restrict', 'pattern']);

/** `declare query_parameters(…)`; other `declare` forms (`declare pattern`) stay unsupported. */
const startsQueryParameters = (c: Cursor) =>
  c.isIdent('declare') && c.isIdent('query_parameters', 1) && c.isPunct('(', 2);

/** `stmt; stmt; …` until the end of the text, or until `}` when parsing a function body. */
export function parseStatements(c: Cursor, inBody: boolean): StatementNode[] {
  const statements: StatementNode[] = [];
  for (;;) {
    while (c.acceptPunct(';'));
    if (c.atEnd || (inBody && c.isPunct('}'))) return statements;
    const before = c.peek();
    const statement = !inBody && c.isIdent('set') && c.peek(1).kind === 'ident' ? parseSetOption(c) : parseStatement(c);
    if (statement) statements.push(statement);
    if (c.acceptPunct(';') || c.atEnd || (inBody && c.isPunct('}'))) continue;
    c.reportUnexpected();
    c.skipToOperatorBoundary();
    // Guarantee progress: a stray `|` or `)` would otherwise stop the loop forever.
    if (c.peek() === before || !c.isPunct(';')) c.next();
  }
}

function parseStatement(c: Cursor): StatementNode | undefined {
  const t = c.peek();
  if (t.kind === 'ident' && t.text === 'let') return parseLet(c);
  if (startsQueryParameters(c)) return parseQueryParameters(c);
  if (t.kind === 'ident' && UNSUPPORTED_STATEMENTS.has(t.text) && c.peek(1).kind === 'ident') {
    c.report(Diagnostics.unsupportedConstruct(`'${t.text}' statement`, tokenSpan(t)));
    c.skipToOperatorBoundary();
    return undefined;
  }
  const expr = parsePipeline(c);
  return create({ kind: 'ExpressionStatement', expr, span: c.spanFrom(t) });
}

function parseLet(c: Cursor) {
  const start = c.next();
  const name = readName(c) ?? '';
  c.expectPunct('=');
  c.acceptIdent('view');
  const value = startsFunction(c) ? parseFunctionDeclaration(c) : parsePipeline(c);
  return create({ kind: 'LetStatement', name, value, span: c.spanFrom(start) });
}

function startsFunction(c: Cursor): boolean {
  if (!c.isPunct('(')) return false;
  if (c.isPunct(')', 1)) return c.isPunct('{', 2);
  return c.peek(1).kind === 'ident' && c.isPunct(':', 2);
}

function parseSetOption(c: Cursor) {
  const start = c.next();
  const name = c.next().text;
  const value = c.acceptPunct('=') ? parseExpression(c) : undefined;
  return create({ kind: 'SetOptionStatement', name, value, span: c.spanFrom(start) });
}

function parseQueryParameters(c: Cursor) {
  const start = c.next();
  c.next();
  const parameters = parseParameters(c);
  return create({ kind: 'QueryParametersStatement', parameters, span: c.spanFrom(start) });
}

function parseFunctionDeclaration(c: Cursor): FunctionDeclaration {
  const start = c.peek();
  const parameters = parseParameters(c);
  c.expectPunct('{');
  const body = parseStatements(c, true);
  c.expectPunct('}');
  return create({ kind: 'FunctionDeclaration', parameters, body, span: c.spanFrom(start) });
}

/** `(name:type [= default], …)`, cursor on `(`: a function's or the query's parameters. */
function parseParameters(c: Cursor): FunctionParameter[] {
  c.next();
  const parameters: FunctionParameter[] = [];
  while (!c.isPunct(')') && !c.atEnd) {
    const paramStart = c.peek();
    const name = readName(c);
    if (name === undefined) break;
    c.expectPunct(':');
    const type = parseParameterType(c);
    const defaultValue = c.acceptPunct('=') ? parseExpression(c) : undefined;
    parameters.push({ name, type, defaultValue, span: c.spanFrom(paramStart) });
    if (!c.acceptPunct(',')) break;
  }
  c.expectPunct(')');
  return parameters;
}

function parseParameterType(c: Cursor): FunctionParameter['type'] {
  if (c.isPunct('(')) {
    if (c.isPunct('*', 1) && c.isPunct(')', 2)) {
      c.next();
      c.next();
      c.next();
    } else {
      parseColumnDeclarations(c);
    }
    return 'table';
  }
  const t = c.peek();
  const type = t.kind === 'ident' ? typeFromName(t.text) : undefined;
  if (type === undefined) {
    c.reportExpected('a parameter type');
    return 'dynamic';
  }
  c.next();
  return type;
}
