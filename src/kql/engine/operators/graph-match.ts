import type { KqlColumn } from '../../types.ts';
import { columnFromValues } from '../column-writer.ts';
import type { CompiledExpr } from '../compiled-expression.ts';
import { DEADLINE_CHECK_MASK, type ExecutionContext } from '../limits.ts';
import { ColumnTable } from '../table.ts';
import type { Graph } from './make-graph.ts';
import { oneRowTable } from './one-row-table.ts';

export interface PatternEdge {
  readonly name?: string;
  readonly direction: 'forward' | 'backward' | 'any';
  readonly minHops: number;
  readonly maxHops: number;
  readonly variable: boolean;
}
export interface Pattern {
  readonly nodes: readonly { readonly name?: string }[];
  readonly edges: readonly PatternEdge[];
}

/**
 * An expression over the elements of a variable-length edge (its edges, or the nodes inside it):
 * `map(e, expr)` gives the array of values, `all(e, pred)` / `any(e, pred)` whether every / some
 * element meets pred. `expr` sees the element's properties unqualified (graphElementScope).
 */
export interface ElementExpr {
  readonly variable: string;
  readonly over: 'edges' | 'inner';
  readonly fold: 'map' | 'all' | 'any';
  readonly expr: CompiledExpr;
}

export interface GraphMatchSpec {
  readonly patterns: readonly Pattern[];
  readonly elements: readonly ElementExpr[];
  /** all: any path; unique_edges (default): no edge twice on a variable-length edge; none: no node twice on it. */
  readonly cycles: 'all' | 'none' | 'unique_edges';
  readonly where?: CompiledExpr;
  readonly project: readonly { readonly name: string; readonly expr: CompiledExpr }[];
  /** graph-shortest-paths: per set of node bindings, the shortest matches (all of them, or any one). */
  readonly shortest?: 'any' | 'all';
}

/** Where a binding column's value comes from in a match. */
type Source =
  | { readonly kind: 'node'; readonly variable: string; readonly column: string }
  | { readonly kind: 'node-fact'; readonly variable: string; readonly fact: NodeFact }
  | { readonly kind: 'element'; readonly variable: string; readonly index: number }
  | { readonly kind: 'edge'; readonly variable: string; readonly column: string; readonly list: boolean };

/** node_degree_in(), node_degree_out() and node_id() of a node, as the columns `#in`, `#out`, `#id`. */
type NodeFact = '#in' | '#out' | '#id';
const NODE_FACTS: readonly { readonly name: NodeFact; readonly type: KqlColumn['type'] }[] = [
  { name: '#in', type: 'long' },
  { name: '#out', type: 'long' },
  { name: '#id', type: 'dynamic' },
];

/** What an element expression sees: an edge's properties, or an inner node's with its facts. */
export function graphElementScope(
  over: 'edges' | 'inner',
  nodeColumns: readonly KqlColumn[],
  edgeColumns: readonly KqlColumn[],
): KqlColumn[] {
  return over === 'edges' ? [...edgeColumns] : [...nodeColumns, ...NODE_FACTS];
}

/** The name of the scope column holding element expression `index`. */
export const elementColumn = (index: number) => `#element${index}`;

/**
 * The columns a graph-match predicate and projection see: `n.p` for a node variable n and node
 * property p (and `n.#in`, `n.#out`, `n.#id`), `e.p` for an edge variable (a dynamic array of
 * values when the edge has variable length), and one column per element expression.
 */
export function graphScope(
  nodeColumns: readonly KqlColumn[],
  edgeColumns: readonly KqlColumn[],
  patterns: readonly Pattern[],
  elements: readonly Pick<ElementExpr, 'variable' | 'fold'>[] = [],
): (KqlColumn & { readonly source: Source })[] {
  const scope: (KqlColumn & { readonly source: Source })[] = [];
  const seen = new Set<string>();
  for (const pattern of patterns) {
    for (const { name } of pattern.nodes) {
      if (name === undefined || seen.has(name)) continue;
      seen.add(name);
      for (const c of nodeColumns)
        scope.push({
          name: `${name}.${c.name}`,
          type: c.type,
          source: { kind: 'node', variable: name, column: c.name },
        });
      for (const { name: fact, type } of NODE_FACTS)
        scope.push({ name: `${name}.${fact}`, type, source: { kind: 'node-fact', variable: name, fact } });
    }
    for (const { name, variable } of pattern.edges) {
      if (name === undefined || seen.has(name)) continue;
      seen.add(name);
      for (const c of edgeColumns) {
        const source = { kind: 'edge', variable: name, column: c.name, list: variable } as const;
        scope.push({ name: `${name}.${c.name}`, type: variable ? 'dynamic' : c.type, source });
      }
    }
  }
  elements.forEach(({ variable, fold }, index) => {
    const type = fold === 'map' ? 'dynamic' : 'bool';
    scope.push({ name: elementColumn(index), type, source: { kind: 'element', variable, index } });
  });
  return scope;
}

interface Bindings {
  readonly nodes: Map<string, number>;
  /** Per edge variable: its edges and the nodes strictly inside the path. */
  readonly edges: Map<string, { readonly edges: number[]; readonly inner: number[] }>;
}

/**
 * `graph-match` and `graph-shortest-paths` (graph-match-operator.md, graph-shortest-paths-operator.md):
 * every way of laying the patterns on the graph (patterns sharing a node variable meet at one node),
 * filtered by the predicate, one row per match with the projected values.
 */
export function graphMatch(graph: Graph, spec: GraphMatchSpec, ctx: ExecutionContext): ColumnTable {
  const scope = graphScope(graph.nodes.columns, graph.edges.columns, spec.patterns, spec.elements);
  const rows: { values: unknown[]; key: string; length: number }[] = [];
  const bindings: Bindings = { nodes: new Map(), edges: new Map() };
  let visits = 0;
  const emit = () => {
    const values = scope.map(({ source }) => bindingValue(graph, bindings, source, spec.elements));
    const table = oneRowTable(scope, values);
    if (spec.where && spec.where.bind(table)(0) !== true) return;
    const length = [...bindings.edges.values()].reduce((sum, e) => sum + e.edges.length, 0);
    rows.push({
      values: spec.project.map((p) => p.expr.bind(table)(0)),
      key: JSON.stringify([...bindings.nodes]),
      length,
    });
  };
  const walk = (p: number, n: number, node: number) => {
    if ((++visits & DEADLINE_CHECK_MASK) === 0) ctx.checkDeadline();
    const pattern = spec.patterns[p];
    const { name } = pattern.nodes[n];
    const bound = name === undefined ? undefined : bindings.nodes.get(name);
    if (bound !== undefined && bound !== node) return;
    if (name !== undefined) bindings.nodes.set(name, node);
    if (n === pattern.nodes.length - 1) {
      if (p === spec.patterns.length - 1) emit();
      else start(p + 1);
    } else {
      const edge = pattern.edges[n];
      for (const path of paths(graph, node, edge, spec.cycles)) {
        if (edge.name !== undefined) bindings.edges.set(edge.name, path);
        walk(p, n + 1, path.end);
      }
      if (edge.name !== undefined) bindings.edges.delete(edge.name);
    }
    if (name !== undefined && bound === undefined) bindings.nodes.delete(name);
  };
  const start = (p: number) => {
    const first = spec.patterns[p].nodes[0].name;
    const bound = first === undefined ? undefined : bindings.nodes.get(first);
    if (bound !== undefined) walk(p, 0, bound);
    else for (let node = 0; node < graph.outEdges.length; node++) walk(p, 0, node);
  };
  start(0);
  const kept = spec.shortest ? shortestOnly(rows, spec.shortest) : rows;
  return ColumnTable.fromColumns(
    '',
    spec.project.map((p, i) => ({
      name: p.name,
      column: columnFromValues(
        p.expr.type,
        kept.map((r) => r.values[i]),
      ),
    })),
  );
}

function shortestOnly<T extends { key: string; length: number }>(rows: readonly T[], output: 'any' | 'all'): T[] {
  const best = new Map<string, number>();
  for (const row of rows) best.set(row.key, Math.min(best.get(row.key) ?? Number.POSITIVE_INFINITY, row.length));
  const taken = new Set<string>();
  return rows.filter((row) => {
    if (row.length !== best.get(row.key) || (output === 'any' && taken.has(row.key))) return false;
    taken.add(row.key);
    return true;
  });
}

/** The paths of minHops … maxHops edges from `from` in the edge's direction, honouring the cycles rule. */
function* paths(graph: Graph, from: number, edge: PatternEdge, cycles: GraphMatchSpec['cycles']) {
  const edges: number[] = [];
  const nodes: number[] = [from];
  function* extend(node: number): Generator<{ edges: number[]; inner: number[]; end: number }> {
    if (edges.length >= edge.minHops) yield { edges: [...edges], inner: nodes.slice(1, -1), end: node };
    if (edges.length === edge.maxHops) return;
    for (const [e, next] of steps(graph, node, edge.direction)) {
      if (edge.variable && cycles === 'unique_edges' && edges.includes(e)) continue;
      if (edge.variable && cycles === 'none' && nodes.includes(next)) continue;
      edges.push(e);
      nodes.push(next);
      yield* extend(next);
      edges.pop();
      nodes.pop();
    }
  }
  yield* extend(from);
}

function steps(graph: Graph, node: number, direction: PatternEdge['direction']): [number, number][] {
  const out: [number, number][] = graph.outEdges[node].map((e) => [e, graph.edgeTarget[e]]);
  const back: [number, number][] = graph.inEdges[node].map((e) => [e, graph.edgeSource[e]]);
  if (direction === 'forward') return out;
  if (direction === 'backward') return back;
  return [...out, ...back];
}

function bindingValue(graph: Graph, bindings: Bindings, source: Source, elements: readonly ElementExpr[]): unknown {
  if (source.kind === 'node' || source.kind === 'node-fact') {
    const node = bindings.nodes.get(source.variable);
    if (node === undefined) return null;
    return source.kind === 'node' ? graph.nodes.column(source.column).get(node) : nodeFact(graph, node, source.fact);
  }
  const path = bindings.edges.get(source.variable);
  if (!path) return null;
  if (source.kind === 'element') return foldElements(graph, path, elements[source.index]);
  const values = path.edges.map((e) => graph.edges.column(source.column).get(e));
  return source.list ? values : (values[0] ?? null);
}

function nodeFact(graph: Graph, node: number, fact: NodeFact): unknown {
  if (fact === '#in') return graph.inEdges[node].length;
  if (fact === '#out') return graph.outEdges[node].length;
  return graph.nodeKeys[node];
}

function foldElements(graph: Graph, path: { edges: number[]; inner: number[] }, element: ElementExpr): unknown {
  const scope = graphElementScope(element.over, graph.nodes.columns, graph.edges.columns);
  const items = element.over === 'edges' ? path.edges : path.inner;
  const values = items.map((item) => {
    const row =
      element.over === 'edges'
        ? graph.edges.columns.map((c) => graph.edges.column(c.name).get(item))
        : [
            ...graph.nodes.columns.map((c) => graph.nodes.column(c.name).get(item)),
            ...NODE_FACTS.map((f) => nodeFact(graph, item, f.name)),
          ];
    return element.expr.bind(oneRowTable(scope, row))(0);
  });
  if (element.fold === 'map') return values;
  return element.fold === 'all' ? values.every((v) => v === true) : values.some((v) => v === true);
}
