import { create, type OperatorNode, type OperatorOption } from '../syntax/index.ts';
import type { Cursor } from './cursor.ts';
import type { Token } from './lexer.ts';
import { parseOptions } from './parse-clauses.ts';
import { parseExpression } from './parse-expressions.ts';
import { parseColumnDeclarations } from './parse-sources.ts';

/** The `with (…)` properties parse-kv-operator.md lists. */
const PROPERTIES = ['pair_delimiter', 'kv_delimiter', 'quote', 'escape', 'greedy', 'regex'];

/** `reduce [kind=source] by Expr [with threshold = T, characters = C]`. */
export function parseReduce(c: Cursor, keyword: Token): OperatorNode {
  const options = parseOptions(c, ['kind']);
  c.expectIdent('by');
  const by = parseExpression(c);
  const properties: OperatorOption[] = [];
  if (c.acceptIdent('with')) {
    do properties.push(...parseOptions(c, ['threshold', 'characters']));
    while (c.acceptPunct(','));
  }
  return create({ kind: 'ReduceOperator', options, by, properties, span: c.spanFrom(keyword) });
}

/** `parse-kv Expr as (Key:type, …) [with (name = value, …)]`. */
export function parseParseKv(c: Cursor, keyword: Token): OperatorNode {
  const source = parseExpression(c);
  c.expectIdent('as');
  const keys = parseColumnDeclarations(c);
  const properties: OperatorOption[] = [];
  if (c.acceptIdent('with') && c.expectPunct('(')) {
    do properties.push(...parseOptions(c, PROPERTIES));
    while (c.acceptPunct(','));
    c.expectPunct(')');
  }
  return create({ kind: 'ParseKvOperator', source, keys, properties, span: c.spanFrom(keyword) });
}
