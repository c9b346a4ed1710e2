import { Diagnostics } from '../diagnostics/index.ts';
import { create, EVALUATE_PLUGINS, type ExprNode, type OperatorNode } from '../syntax/index.ts';
import type { Cursor } from './cursor.ts';
import type { Token } from './lexer.ts';
import { parseNamedList, parseOptions, parseSortKey } from './parse-clauses.ts';
import { parseExpression } from './parse-expressions.ts';
import { parseGraphMarkComponents, parseGraphMatch, parseGraphToTable, parseMakeGraph } from './parse-graph.ts';
import { parseJoin, parseLookup, parseUnion } from './parse-join-operators.ts';
import { parsePartition } from './parse-partition.ts';
import { parseProjectAway, parseProjectRename, parseProjectReorder } from './parse-project-operators.ts';
import { parseRender } from './parse-render.ts';
import { parseScan } from './parse-scan.ts';
import { parseCaseSensitivity, parseSearchPredicate } from './parse-search-external.ts';
import { parseMakeSeries, parseMvApply, parseMvExpand, parseParse } from './parse-shape-operators.ts';
import { parseColumnDeclarations, readName } from './parse-sources.ts';
import { parseParseKv, parseReduce } from './parse-text-operators.ts';
import { parseTopNested } from './parse-top-nested.ts';

type OperatorParser = (c: Cursor, keyword: Token) => OperatorNode;

const nameList = (c: Cursor): ExprNode[] => {
  const items: ExprNode[] = [];
  do items.push(parseExpression(c));
  while (c.acceptPunct(','));
  return items;
};

const PARSERS: Record<string, OperatorParser> = {
  where: (c, k) => create({ kind: 'WhereOperator', condition: parseCondition(c), span: c.spanFrom(k) }),
  extend: (c, k) => create({ kind: 'ExtendOperator', items: parseNamedList(c), span: c.spanFrom(k) }),
  project: (c, k) => create({ kind: 'ProjectOperator', items: parseNamedList(c), span: c.spanFrom(k) }),
  'project-away': (c, k) => parseProjectAway(c, k, false),
  'project-keep': (c, k) => parseProjectAway(c, k, true),
  'project-rename': parseProjectRename,
  'project-reorder': parseProjectReorder,
  'project-by-names': (c, k) => create({ kind: 'ProjectByNamesOperator', names: nameList(c), span: c.spanFrom(k) }),
  summarize: (c, k) => {
    parseOptions(c, []);
    const aggregates = c.isIdent('by') ? [] : parseNamedList(c);
    const by = c.acceptIdent('by') ? parseNamedList(c) : [];
    return create({ kind: 'SummarizeOperator', aggregates, by, span: c.spanFrom(k) });
  },
  join: parseJoin,
  lookup: parseLookup,
  union: parseUnion,
  sort: (c, k) => {
    parseOptions(c, []);
    c.expectIdent('by');
    const keys = [parseSortKey(c)];
    while (c.acceptPunct(',')) keys.push(parseSortKey(c));
    return create({ kind: 'SortOperator', keys, span: c.spanFrom(k) });
  },
  top: (c, k) => {
    const count = parseExpression(c);
    c.expectIdent('by');
    return create({ kind: 'TopOperator', count, key: parseSortKey(c), span: c.spanFrom(k) });
  },
  take: (c, k) => create({ kind: 'TakeOperator', count: parseExpression(c), span: c.spanFrom(k) }),
  distinct: (c, k) => {
    const columns = c.acceptPunct('*') ? [] : parseNamedList(c);
    return create({ kind: 'DistinctOperator', columns, span: c.spanFrom(k) });
  },
  count: parseCount,
  'mv-expand': parseMvExpand,
  'mv-apply': parseMvApply,
  partition: parsePartition,
  parse: (c, k) => parseParse(c, k, false),
  'parse-where': (c, k) => parseParse(c, k, true),
  'parse-kv': parseParseKv,
  scan: parseScan,
  reduce: parseReduce,
  'top-nested': parseTopNested,
  'make-graph': parseMakeGraph,
  'graph-match': (c, k) => parseGraphMatch(c, k, false),
  'graph-shortest-paths': (c, k) => parseGraphMatch(c, k, true),
  'graph-mark-components': parseGraphMarkComponents,
  'graph-to-table': parseGraphToTable,
  serialize: (c, k) => {
    const items = c.peek().kind === 'ident' || c.isPunct('[') ? parseNamedList(c) : [];
    return create({ kind: 'SerializeOperator', items, span: c.spanFrom(k) });
  },
  'make-series': parseMakeSeries,
  as: (c, k) => {
    parseOptions(c, []);
    return create({ kind: 'AsOperator', name: readName(c) ?? '', span: c.spanFrom(k) });
  },
  invoke: (c, k) => create({ kind: 'InvokeOperator', call: parseExpression(c), span: c.spanFrom(k) }),
  getschema: (c, k) => create({ kind: 'GetSchemaOperator', span: c.spanFrom(k) }),
  render: parseRender,
  search: (c, k) => {
    const caseSensitive = parseCaseSensitivity(c);
    return create({ kind: 'SearchOperator', predicate: parseSearchPredicate(c), caseSensitive, span: c.spanFrom(k) });
  },
  sample: (c, k) => create({ kind: 'SampleOperator', count: parseExpression(c), span: c.spanFrom(k) }),
};

const ALIASES: Record<string, string> = { filter: 'where', order: 'sort', limit: 'take', mvexpand: 'mv-expand' };

/** Operators Kusto has but this engine does not model: parsed loosely, reported as unsupported by the binder. */
const KNOWN_UNSUPPORTED = new Set([
  'evaluate',
  'facet',
  'find',
  'fork',
  'top-hitters',
  'project-smart',
  'consume',
  'externaldata',
  'lookup-kv',
  'execute-and-cache',
  'assert-schema',
]);

/**
 * A `where` condition. Kusto reads `where Name = expr` as a named expression whose value is the condition
 * (`where IsBillable = true` keeps every row, `where x = a and b` tests `a and b`): the name is dropped.
 */
function parseCondition(c: Cursor): ExprNode {
  if (c.isIdent() && c.isPunct('=', 1)) {
    c.next();
    c.next();
  }
  return parseExpression(c);
}

/** `count [as Name]`: Kusto takes a plain identifier after `as` (no `['…']`), the name of the result column. */
function parseCount(c: Cursor, keyword: Token): OperatorNode {
  if (!c.acceptIdent('as')) return create({ kind: 'CountOperator', span: c.spanFrom(keyword) });
  if (!c.isIdent()) c.reportExpected('a column name');
  const columnName = c.isIdent() ? c.next().text : undefined;
  return create({ kind: 'CountOperator', columnName, span: c.spanFrom(keyword) });
}

/** Parses the operator after a `|`. Never throws; a malformed operator ends at the next `|`. */
export function parseOperator(c: Cursor): OperatorNode {
  const keyword = c.peek();
  const name = keyword.kind === 'ident' ? (ALIASES[keyword.text] ?? keyword.text) : '';
  const parser = Object.hasOwn(PARSERS, name) ? PARSERS[name] : name === 'evaluate' ? evaluateParser(c) : undefined;
  if (!parser) {
    if (keyword.kind !== 'ident') c.reportExpected('a query operator');
    else c.next();
    const name = keyword.text === 'evaluate' ? `evaluate ${pluginName(c)}` : hyphenatedName(c, keyword.text);
    if (keyword.kind === 'ident' && !KNOWN_UNSUPPORTED.has(name.split(' ')[0])) {
      c.report(Diagnostics.unsupportedOperator(name, c.spanFrom(keyword)));
    }
    c.skipToOperatorBoundary();
    return create({ kind: 'UnsupportedOperator', name, span: c.spanFrom(keyword) });
  }
  c.next();
  const operator = parser(c, keyword);
  expectOperatorEnd(c);
  return operator;
}

function evaluateParser(c: Cursor): OperatorParser | undefined {
  let i = 1;
  // Skip `hint.name = value` options to reach the plugin name.
  while (c.isIdent(undefined, i) && c.isPunct('.', i + 1)) i += 5;
  if (!c.isIdent(undefined, i) || !EVALUATE_PLUGINS.has(c.peek(i).text) || !c.isPunct('(', i + 1)) return undefined;
  return (cursor, keyword) => {
    parseOptions(cursor, []);
    const plugin = parseExpression(cursor);
    if (plugin.kind !== 'Call')
      return create({ kind: 'UnsupportedOperator', name: 'evaluate', span: cursor.spanFrom(keyword) });
    // `evaluate pivot(x) : (Col:type, …)`: the query declares the plugin's output schema;
    // `: (*, Col:type, …)` keeps the input's columns before the declared ones.
    const declared = cursor.acceptPunct(':');
    const keepsInputColumns = declared && cursor.isPunct('(') && cursor.isPunct('*', 1);
    const outputSchema = declared ? parseColumnDeclarations(cursor, { wildcardFirst: keepsInputColumns }) : undefined;
    return create({
      kind: 'EvaluateOperator',
      plugin,
      outputSchema,
      keepsInputColumns,
      span: cursor.spanFrom(keyword),
    });
  };
}

/** `make-graph`, `graph-match`: operator names the lexer splits at the hyphen are named whole. */
function hyphenatedName(c: Cursor, first: string): string {
  let name = first;
  while (c.isPunct('-') && !c.peek().spaced && c.isIdent(undefined, 1) && !c.peek(1).spaced) {
    c.next();
    name += `-${c.next().text}`;
  }
  return name;
}

/** The plugin of `evaluate [hint.x = y] plugin(...)`: unsupported plugins are named, not just "evaluate". */
function pluginName(c: Cursor): string {
  parseOptions(c, []);
  return c.isIdent() ? c.peek().text : '';
}

/** After an operator only `|`, `;`, a closing bracket or the end may follow; anything else is reported and skipped. */
function expectOperatorEnd(c: Cursor): void {
  const t = c.peek();
  if (t.kind === 'eof' || (t.kind === 'punct' && ['|', ';', ')', ']', '}', ','].includes(t.text))) return;
  c.reportUnexpected();
  c.skipToOperatorBoundary();
}
