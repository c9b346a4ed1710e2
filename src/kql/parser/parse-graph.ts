import {
  create,
  type GraphPattern,
  type GraphPatternEdge,
  type GraphPatternNode,
  type OperatorNode,
} from '../syntax/index.ts';
import { type Cursor, tokenSpan } from './cursor.ts';
import type { Token } from './lexer.ts';
import { parseNamedList, parseOptions } from './parse-clauses.ts';
import { parseExpression } from './parse-expressions.ts';
import { readName } from './parse-sources.ts';
import { parseOperator } from './parse-tabular-operators.ts';

/** `make-graph Source --> Target [with Nodes on Key, …] [with_node_id = Name] [partitioned-by Column (…)]`. */
export function parseMakeGraph(c: Cursor, keyword: Token): OperatorNode {
  const source = readName(c) ?? '';
  if (!(c.expectPunct('-') && c.expectPunct('-') && c.expectPunct('>'))) c.reportExpected('-->');
  const target = readName(c) ?? '';
  const nodeTables: { table: ReturnType<typeof parseExpression>; key: string }[] = [];
  let nodeIdColumn: string | undefined;
  if (c.acceptIdent('with')) {
    do {
      const table = parseExpression(c);
      c.expectIdent('on');
      nodeTables.push({ table, key: readName(c) ?? '' });
    } while (c.acceptPunct(','));
  }
  const option = parseOptions(c, ['with_node_id']).find((o) => o.name === 'with_node_id');
  if (option) nodeIdColumn = option.value;
  const partition = c.acceptIdent('partitioned-by') ? parsePartitionedBy(c) : undefined;
  return create({
    kind: 'MakeGraphOperator',
    source,
    target,
    nodeTables,
    nodeIdColumn,
    partition,
    span: c.spanFrom(keyword),
  });
}

/** `partitioned-by Column ( GraphOperator [| GraphOperator …] )`, after the keyword. */
function parsePartitionedBy(c: Cursor) {
  const columnSpan = tokenSpan(c.peek());
  const column = readName(c) ?? '';
  const operators: OperatorNode[] = [];
  if (c.expectPunct('(')) {
    do operators.push(parseOperator(c));
    while (c.acceptPunct('|'));
    c.expectPunct(')');
  }
  return { column, columnSpan, operators };
}

/** `graph-match [cycles=…] Pattern, … [where Predicate] project …` and `graph-shortest-paths [output=…] …`. */
export function parseGraphMatch(c: Cursor, keyword: Token, shortestPaths: boolean): OperatorNode {
  const options = parseOptions(c, ['cycles', 'output']);
  const patterns: GraphPattern[] = [];
  do patterns.push(parsePattern(c));
  while (c.acceptPunct(','));
  const where = c.acceptIdent('where') ? parseExpression(c) : undefined;
  const project = c.expectIdent('project') ? parseNamedList(c) : [];
  return create({
    kind: 'GraphMatchOperator',
    shortestPaths,
    options,
    patterns,
    where,
    project,
    span: c.spanFrom(keyword),
  });
}

function parsePattern(c: Cursor): GraphPattern {
  const nodes: GraphPatternNode[] = [parseNode(c)];
  const edges: GraphPatternEdge[] = [];
  while (c.isPunct('-') || c.isPunct('<')) {
    edges.push(parseEdge(c));
    nodes.push(parseNode(c));
  }
  return { nodes, edges };
}

function parseNode(c: Cursor): GraphPatternNode {
  c.expectPunct('(');
  const name = c.isIdent() ? c.next().text : undefined;
  c.expectPunct(')');
  return { name };
}

/** `-[e]->`, `<-[e]-`, `-[e]-`, `-->`, `<--`, `--`, with `*min..max` (or `*n`) after the name for variable length. */
function parseEdge(c: Cursor): GraphPatternEdge {
  const backward = c.acceptPunct('<');
  c.expectPunct('-');
  let name: string | undefined;
  let minHops = 1;
  let maxHops = 1;
  let variable = false;
  if (c.acceptPunct('[')) {
    if (c.isIdent()) name = c.next().text;
    if (c.acceptPunct('*')) {
      variable = true;
      minHops = hopCount(c);
      maxHops = c.acceptPunct('..') ? hopCount(c) : minHops;
    }
    c.expectPunct(']');
  }
  c.expectPunct('-');
  const forward = !backward && c.acceptPunct('>');
  return { name, direction: forward ? 'forward' : backward ? 'backward' : 'any', minHops, maxHops, variable };
}

function hopCount(c: Cursor): number {
  const t = c.peek();
  if (t.kind !== 'number') {
    c.reportExpected('a number of hops');
    return 1;
  }
  c.next();
  return Number(t.value);
}

/** `graph-mark-components [kind=weak] [with_component_id = Name]`. */
export function parseGraphMarkComponents(c: Cursor, keyword: Token): OperatorNode {
  const options = parseOptions(c, ['kind', 'with_component_id']);
  return create({ kind: 'GraphMarkComponentsOperator', options, span: c.spanFrom(keyword) });
}

/** `graph-to-table nodes|edges [with_node_id = N] [with_source_id = S] [with_target_id = T]`. */
export function parseGraphToTable(c: Cursor, keyword: Token): OperatorNode {
  const what = c.acceptIdent('edges') ? 'edges' : 'nodes';
  if (what === 'nodes') c.expectIdent('nodes');
  const options = parseOptions(c, ['with_node_id', 'with_source_id', 'with_target_id']);
  return create({ kind: 'GraphToTableOperator', what, options, span: c.spanFrom(keyword) });
}
