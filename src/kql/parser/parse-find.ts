import { create, type ExprNode, type FindColumn, type FindProjection } from '../syntax/index.ts';
import type { Cursor } from './cursor.ts';
import type { Token } from './lexer.ts';
import { parseOptions } from './parse-clauses.ts';
import { COMPARISON_KEYWORDS, parseExpression } from './parse-expressions.ts';
import { parseUnionLegs, readName } from './parse-sources.ts';
import { readTypeName } from './type-names.ts';

/** The column naming each row's table when `withsource=` does not (find-operator.md). */
const DEFAULT_SOURCE_COLUMN = 'source_';

/** Tokens that end an expression: `sort by find, x` names a column `find`. */
const EXPRESSION_ENDS = new Set([',', '|', ')', ';', ']', '}']);

/**
 * True when `find` at the cursor starts the operator rather than naming a column or table:
 * `find where`, `find in (`, `find withsource=`, `find "term"`, or `find Name <operator> …`.
 */
export function startsFind(c: Cursor): boolean {
  if (!c.isIdent('find')) return false;
  if (c.isIdent('where', 1) || c.isIdent('in', 1) || c.isIdent('withsource', 1) || c.peek(1).kind === 'string') {
    return true;
  }
  if (!c.isIdent(undefined, 1)) return false;
  const after = c.peek(2);
  if (after.kind === 'punct') return !EXPRESSION_ENDS.has(after.text);
  return after.kind === 'ident' && COMPARISON_KEYWORDS.has(after.text);
}

/**
 * `find [withsource=C] [in (T1, T2)] where Predicate [project-smart | project A, B:type, pack_all()]`,
 * or `find Predicate …` (find-operator.md). `keyword` is the consumed `find`.
 */
export function parseFind(c: Cursor, keyword: Token): ExprNode {
  const options = parseOptions(c, ['withsource']);
  const withSource = options.find((o) => o.name === 'withsource')?.value ?? DEFAULT_SOURCE_COLUMN;
  let tables: ExprNode[] | undefined;
  if (c.acceptIdent('in') && c.expectPunct('(')) {
    tables = parseUnionLegs(c);
    c.expectPunct(')');
  }
  c.acceptIdent('where');
  const predicate = parseExpression(c);
  const projection = parseProjection(c);
  return create({ kind: 'FindSource', withSource, tables, predicate, projection, span: c.spanFrom(keyword) });
}

/** `project-smart` (undefined, the default) or `project A, B:type, pack_all()`. */
function parseProjection(c: Cursor): FindProjection | undefined {
  if (c.acceptIdent('project-smart') || !c.acceptIdent('project')) return undefined;
  const columns: FindColumn[] = [];
  let packAll = false;
  do {
    const start = c.peek();
    if (c.isIdent('pack_all') && c.isPunct('(', 1) && c.isPunct(')', 2)) {
      c.next();
      c.next();
      c.next();
      packAll = true;
      continue;
    }
    const name = readName(c);
    if (name === undefined) break;
    const type = c.acceptPunct(':') ? readTypeName(c) : undefined;
    columns.push({ name, type, span: c.spanFrom(start) });
  } while (c.acceptPunct(','));
  return { columns, packAll };
}
