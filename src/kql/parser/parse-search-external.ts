import { create, type ExprNode } from '../syntax/index.ts';
import type { Cursor } from './cursor.ts';
import type { Token } from './lexer.ts';
import { parseOptions } from './parse-clauses.ts';
import { parseExpression, parsePostfix } from './parse-expressions.ts';
import { parseColumnDeclarations } from './parse-sources.ts';

// Sources parsed here: externaldata (refused, no network) and search.

/**
 * `externaldata [kind=…] (Col:type, …) [ "url", … ] [with (format="csv", …)]`: parsed in full so the
 * query is valid; the engine refuses it (no network access, see Diagnostics.notAvailableOffline).
 */
export function parseExternalData(c: Cursor, keyword: Token): ExprNode {
  parseOptions(c, ['kind']);
  parseColumnDeclarations(c);
  if (c.expectPunct('[')) {
    while (!c.isPunct(']') && !c.atEnd) {
      parseExpression(c);
      if (!c.acceptPunct(',')) break;
    }
    c.expectPunct(']');
  }
  if (c.acceptIdent('with')) skipParenthesised(c);
  return create({ kind: 'UnsupportedSource', name: 'externaldata', span: c.spanFrom(keyword) });
}

/** `search [kind=…] [in (T1, T2)] predicate`. */
export function parseSearch(c: Cursor, keyword: Token): ExprNode {
  parseOptions(c, ['kind']);
  let tables: ExprNode[] | undefined;
  if (c.acceptIdent('in') && c.expectPunct('(')) {
    tables = [];
    do tables.push(parsePostfix(c));
    while (c.acceptPunct(','));
    c.expectPunct(')');
  }
  // `search *` keeps every row.
  const star = c.peek();
  const predicate = c.acceptPunct('*')
    ? create({ kind: 'Literal', type: 'bool', value: true, span: c.spanFrom(star) })
    : parseExpression(c);
  return create({ kind: 'SearchSource', tables, predicate, span: c.spanFrom(keyword) });
}

function skipParenthesised(c: Cursor): void {
  if (!c.expectPunct('(')) return;
  let depth = 1;
  while (depth > 0 && !c.atEnd) {
    const t = c.next();
    if (t.kind === 'punct' && t.text === '(') depth++;
    else if (t.kind === 'punct' && t.text === ')') depth--;
  }
}
