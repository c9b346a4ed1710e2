import { create, type ExprNode } from '../syntax/index.ts';
import type { Cursor } from './cursor.ts';
import type { Token } from './lexer.ts';
import { parseOptions } from './parse-clauses.ts';
import { parseExpression, parsePostfix } from './parse-expressions.ts';
import { parseColumnDeclarations } from './parse-sources.ts';

// Sources parsed here: externaldata (run through a configured reader, else refused) and search.

/**
 * `externaldata [kind=…] (Col:type, …) [ "url", … ] [with (format="csv", …)]`: parsed in full so the
 * query is valid; the engine runs it only through a configured reader (see query.ts, RunOptions.externalData).
 */
export function parseExternalData(c: Cursor, keyword: Token): ExprNode {
  parseOptions(c, ['kind']);
  const columns = parseColumnDeclarations(c);
  let urls: string[] | undefined = [];
  if (c.expectPunct('[')) {
    while (!c.isPunct(']') && !c.atEnd) {
      const url = parseExpression(c);
      if (url.kind === 'Literal' && url.type === 'string') urls?.push(url.value as string);
      else urls = undefined;
      if (!c.acceptPunct(',')) break;
    }
    c.expectPunct(']');
  }
  const properties = c.acceptIdent('with') ? parseProperties(c) : {};
  return create({ kind: 'ExternalData', columns, urls, properties, span: c.spanFrom(keyword) });
}

/** `search [kind=…] [in (T1, T2)] predicate`. */
export function parseSearch(c: Cursor, keyword: Token): ExprNode {
  const caseSensitive = parseCaseSensitivity(c);
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
    : parseSearchPredicate(c);
  return create({ kind: 'SearchSource', tables, predicate, caseSensitive, span: c.spanFrom(keyword) });
}

/** `kind=case_sensitive` (search-operator.md); `default` and `case_insensitive` are the same. */
export function parseCaseSensitivity(c: Cursor): boolean {
  return parseOptions(c, ['kind']).some((option) => option.name === 'kind' && option.value === 'case_sensitive');
}

/** The predicate after `search`, where `Col:"term"` restricts a term to one column. */
export function parseSearchPredicate(c: Cursor): ExprNode {
  const outer = c.inSearchPredicate;
  c.inSearchPredicate = true;
  try {
    return parseExpression(c);
  } finally {
    c.inSearchPredicate = outer;
  }
}

/** `(name = value, …)`: names lower-cased (Kusto reads them case-insensitively), values as written. */
function parseProperties(c: Cursor): Record<string, string> {
  const properties: Record<string, string> = {};
  if (!c.expectPunct('(')) return properties;
  while (!c.isPunct(')') && !c.atEnd) {
    const name = c.next().text.toLowerCase();
    if (!c.expectPunct('=')) break;
    const value = c.next();
    properties[name] = value.kind === 'string' ? String(value.value) : value.text;
    if (!c.acceptPunct(',')) break;
  }
  c.expectPunct(')');
  return properties;
}
