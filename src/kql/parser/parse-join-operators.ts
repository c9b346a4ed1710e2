import { create, type ExprNode, type OperatorNode } from '../syntax/index.ts';
import type { Cursor } from './cursor.ts';
import type { Token } from './lexer.ts';
import { parseOptions } from './parse-clauses.ts';
import { parseExpression, parsePipeline, parsePostfix } from './parse-expressions.ts';
import { parseUnionBody } from './parse-sources.ts';

const JOIN_OPTIONS = ['kind', 'withsource'];

/** The right-hand table: `(T | …)`, a name, or a call. */
function parseRightTable(c: Cursor): ExprNode {
  if (!c.isPunct('(')) return parsePostfix(c);
  c.next();
  const right = parsePipeline(c);
  c.expectPunct(')');
  return right;
}

/** `on a, b` / `on $left.x == $right.y and a`: flattened into conjuncts. */
function parseOnClause(c: Cursor): ExprNode[] {
  if (!c.acceptIdent('on')) return [];
  const conjuncts: ExprNode[] = [];
  const flatten = (e: ExprNode) => {
    if (e.kind === 'Binary' && e.op === 'and') {
      flatten(e.left);
      flatten(e.right);
    } else conjuncts.push(e);
  };
  do flatten(parseExpression(c));
  while (c.acceptPunct(','));
  return conjuncts;
}

export function parseJoin(c: Cursor, keyword: Token): OperatorNode {
  const options = parseOptions(c, JOIN_OPTIONS);
  const right = parseRightTable(c);
  const on = parseOnClause(c);
  return create({ kind: 'JoinOperator', options, right, on, span: c.spanFrom(keyword) });
}

export function parseLookup(c: Cursor, keyword: Token): OperatorNode {
  const options = parseOptions(c, JOIN_OPTIONS);
  const right = parseRightTable(c);
  const on = parseOnClause(c);
  return create({ kind: 'LookupOperator', options, right, on, span: c.spanFrom(keyword) });
}

export function parseUnion(c: Cursor, keyword: Token): OperatorNode {
  const { options, tables } = parseUnionBody(c);
  return create({ kind: 'UnionOperator', options, tables, span: c.spanFrom(keyword) });
}
