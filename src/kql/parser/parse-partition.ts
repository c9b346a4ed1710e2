import { create, type OperatorNode } from '../syntax/index.ts';
import { type Cursor, tokenSpan } from './cursor.ts';
import type { Token } from './lexer.ts';
import { parseOptions } from './parse-clauses.ts';
import { parsePipeline } from './parse-expressions.ts';
import { readName } from './parse-sources.ts';
import { parseOperator } from './parse-tabular-operators.ts';

/**
 * `partition [hint.…=…] by Column ( op | op … )` or `partition [hint.…=…] by Column { Source | … }`
 * (partition-operator.md): parentheses hold operators over each partition, braces a subquery with its own source.
 */
export function parsePartition(c: Cursor, keyword: Token): OperatorNode {
  const options = parseOptions(c, []);
  c.expectIdent('by');
  const columnToken = c.peek();
  const column = readName(c) ?? '';
  const columnSpan = tokenSpan(columnToken);
  if (c.acceptPunct('{')) {
    const query = parsePipeline(c);
    c.expectPunct('}');
    const subquery = { kind: 'withSource' as const, query };
    return create({ kind: 'PartitionOperator', options, column, columnSpan, subquery, span: c.spanFrom(keyword) });
  }
  const operators: OperatorNode[] = [];
  if (c.expectPunct('(')) {
    do operators.push(parseOperator(c));
    while (c.acceptPunct('|'));
    c.expectPunct(')');
  }
  const subquery = { kind: 'transformation' as const, operators };
  return create({ kind: 'PartitionOperator', options, column, columnSpan, subquery, span: c.spanFrom(keyword) });
}
