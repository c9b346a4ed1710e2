import { create, type OperatorNode, type TopNestedClause } from '../syntax/index.ts';
import type { Cursor } from './cursor.ts';
import type { Token } from './lexer.ts';
import { parseNamedExpression } from './parse-clauses.ts';
import { parseExpression } from './parse-expressions.ts';

/** `top-nested [N] of Key [with others = V] by Aggregate [asc|desc] [, top-nested …]`. */
export function parseTopNested(c: Cursor, keyword: Token): OperatorNode {
  const clauses: TopNestedClause[] = [];
  do {
    const start = c.peek();
    if (clauses.length > 0 && !c.expectIdent('top-nested')) break;
    const count = c.isIdent('of') ? undefined : parseExpression(c);
    c.expectIdent('of');
    const key = parseNamedExpression(c);
    let others: TopNestedClause['others'];
    if (c.acceptIdent('with')) {
      c.expectIdent('others');
      c.expectPunct('=');
      others = parseExpression(c);
    }
    c.expectIdent('by');
    const aggregate = parseNamedExpression(c);
    const ascending = c.acceptIdent('asc');
    if (!ascending) c.acceptIdent('desc');
    clauses.push({ count, key, others, aggregate, ascending, span: c.spanFrom(start) });
  } while (c.acceptPunct(','));
  return create({ kind: 'TopNestedOperator', clauses, span: c.spanFrom(keyword) });
}
