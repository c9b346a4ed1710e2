import { type ColumnDeclaration, create, type ExprNode, type UnionOptions } from '../syntax/index.ts';
import type { Cursor } from './cursor.ts';
import { parseNamedList, parseOptions } from './parse-clauses.ts';
import { parseExpression, parsePipeline, parsePostfix } from './parse-expressions.ts';
import { parseFind, startsFind } from './parse-find.ts';
import { parseExternalData, parseSearch } from './parse-search-external.ts';
import { parseUnsupportedSource, startsUnsupportedSource } from './parse-unsupported-sources.ts';
import { readTypeName } from './type-names.ts';

/** Operators that can start a pipeline without an input table. */
export function startsTabularSource(c: Cursor): boolean {
  const t = c.peek();
  if (t.kind !== 'ident') return false;
  if (t.text === 'datatable') return c.isPunct('(', 1);
  if (t.text === 'union') return !c.isPunct('=', 1) && !c.isPunct('.', 1);
  if (t.text === 'print') return !c.isPunct('(', 1) && !c.isPunct('=', 1);
  if (t.text === 'range') return c.peek(1).kind === 'ident' && c.isIdent('from', 2);
  if (t.text === 'externaldata' || t.text === 'external_data') return c.isPunct('(', 1) || c.isIdent('kind', 1);
  if (t.text === 'search') return !c.isPunct('(', 1) && !c.isPunct('=', 1) && !c.isPunct('.', 1) && !c.isPunct('|', 1);
  return startsFind(c) || startsUnsupportedSource(c);
}

export function parseTabularSource(c: Cursor): ExprNode {
  if (startsUnsupportedSource(c)) return parseUnsupportedSource(c);
  const start = c.next();
  switch (start.text) {
    case 'find':
      return parseFind(c, start);
    case 'datatable':
      return parseDatatable(c, start.start);
    case 'union': {
      const { options, tables } = parseUnionBody(c);
      return create({ kind: 'UnionSource', options, tables, span: c.spanFrom(start) });
    }
    case 'print':
      return create({ kind: 'Print', items: parseNamedList(c), span: c.spanFrom(start) });
    case 'externaldata':
    case 'external_data':
      return parseExternalData(c, start);
    case 'search':
      return parseSearch(c, start);
    default: {
      const column = c.next().text;
      c.expectIdent('from');
      const from = parseExpression(c);
      c.expectIdent('to');
      const to = parseExpression(c);
      c.expectIdent('step');
      const step = parseExpression(c);
      return create({ kind: 'Range', column, from, to, step, span: c.spanFrom(start) });
    }
  }
}

/**
 * `(a:string, b:long)` column declarations; shared by datatable and function parameters.
 * `wildcardFirst`: the list opens with `*` (`evaluate bag_unpack(d) : (*, a:string)`).
 */
export function parseColumnDeclarations(c: Cursor, { wildcardFirst = false } = {}): ColumnDeclaration[] {
  const columns: ColumnDeclaration[] = [];
  c.expectPunct('(');
  if (wildcardFirst && c.expectPunct('*') && !c.isPunct(')')) c.expectPunct(',');
  while (!c.isPunct(')') && !c.atEnd) {
    const nameToken = c.peek();
    const name = readName(c);
    if (name === undefined) break;
    c.expectPunct(':');
    const type = readTypeName(c);
    columns.push({ name, type: type ?? 'dynamic', span: c.spanFrom(nameToken) });
    if (!c.acceptPunct(',')) break;
  }
  c.expectPunct(')');
  return columns;
}

/** An identifier or a bracketed `['name']`; reports and returns undefined otherwise. */
export function readName(c: Cursor): string | undefined {
  const t = c.peek();
  if (t.kind === 'ident') return c.next().text;
  if (c.isPunct('[') && c.peek(1).kind === 'string' && c.isPunct(']', 2)) {
    c.next();
    const name = c.next().value as string;
    c.next();
    return name;
  }
  c.reportExpected('a name');
  return undefined;
}

function parseDatatable(c: Cursor, start: number): ExprNode {
  const columns = parseColumnDeclarations(c);
  const values: ExprNode[] = [];
  if (c.expectPunct('[')) {
    while (!c.isPunct(']') && !c.atEnd) {
      values.push(parseExpression(c));
      if (!c.acceptPunct(',')) break;
    }
    c.expectPunct(']');
  }
  return create({ kind: 'Datatable', columns, values, span: c.spanFrom(start) });
}

/** Options and legs of `union`, shared by the source form and the `| union` operator. */
export function parseUnionBody(c: Cursor): { options: UnionOptions; tables: ExprNode[] } {
  const raw = parseOptions(c, ['kind', 'withsource', 'isfuzzy']);
  const option = (name: string) => raw.find((o) => o.name === name)?.value;
  const options: UnionOptions = {
    kind: option('kind') === 'inner' ? 'inner' : 'outer',
    withSource: option('withsource'),
    isFuzzy: option('isfuzzy') === 'true',
  };
  return { options, tables: parseUnionLegs(c) };
}

/** `T1, (T2 | where …), Prefix*, *`: the comma-separated tables of `union` and `find in (…)`. */
export function parseUnionLegs(c: Cursor): ExprNode[] {
  const tables: ExprNode[] = [];
  do {
    if (c.isPunct('(')) {
      c.next();
      tables.push(parsePipeline(c));
      c.expectPunct(')');
    } else {
      tables.push(parseUnionLeg(c));
    }
  } while (c.acceptPunct(','));
  return tables;
}

/** `*` (every table), a table name (with an optional `*` wildcard), a call such as `aadFunc("x")`, or `table('x')`. */
function parseUnionLeg(c: Cursor): ExprNode {
  const t = c.peek();
  if (c.acceptPunct('*')) return create({ kind: 'Name', name: '*', span: c.spanFrom(t) });
  if (t.kind === 'ident' && c.isPunct('*', 1) && !c.peek(1).spaced) {
    c.next();
    c.next();
    return create({ kind: 'Name', name: `${t.text}*`, span: c.spanFrom(t) });
  }
  return parsePostfix(c);
}
