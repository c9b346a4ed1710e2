import { Diagnostics } from '../../diagnostics/index.ts';
import {
  type ColumnTable,
  elementColumn,
  type Graph,
  graphElementScope,
  graphMatch,
  graphScope,
  graphToTable,
  invalidInput,
  makeGraph,
  markComponents,
  nodeSchema,
} from '../../engine/index.ts';
import { create, type ExprNode } from '../../syntax/index.ts';
import type { KqlColumn } from '../../types.ts';
import { compileExpression } from '../compile-expression.ts';
import { compileTabular } from '../compile-tabular.ts';
import { ColumnNamer } from '../default-names.ts';
import type { ExprEnv } from '../env.ts';
import { mapExpression } from '../map-expression.ts';
import { failedPlan, memoized, type TabularPlan } from '../plan.ts';
import { compilePartitionedGraph } from './graph-partitions.ts';
import type { OperatorCompiler } from './index.ts';

/** What a make-graph plan stands for: its graph's property columns, and how to build it. */
export interface GraphSource {
  readonly nodeColumns: readonly KqlColumn[];
  readonly edgeColumns: readonly KqlColumn[];
  build(): Graph;
}

/** make-graph's plans: a graph is not a table, so only the graph operators that follow can read it. */
const graphSources = new WeakMap<TabularPlan, GraphSource>();

/**
 * The plan the graph operators read `source` through: no columns, and running it as a table is a coded error
 * (a graph is not a table).
 */
export function graphPlanOf(source: GraphSource): TabularPlan {
  const plan: TabularPlan = {
    schema: [],
    run() {
      throw invalidInput(
        'make-graph makes a graph, not a table: follow it with graph-match, graph-shortest-paths or graph-to-table',
      );
    },
  };
  graphSources.set(plan, source);
  return plan;
}

/**
 * `make-graph Source --> Target [with Nodes on Key, …] [with_node_id = Name] [partitioned-by Column (…)]`
 * (make-graph-operator.md).
 */
export const compileMakeGraph: OperatorCompiler<'MakeGraphOperator'> = (input, operator, env) => {
  const nodePlans = operator.nodeTables.map((n) => ({
    plan: compileTabular(n.table, { ...env, columns: [] }),
    key: n.key,
  }));
  const missing = [
    ...[operator.source, operator.target].filter((name) => !input.schema.some((c) => c.name === name)),
    ...nodePlans.filter((n) => !n.plan.schema.some((c) => c.name === n.key)).map((n) => n.key),
  ];
  if (nodePlans.some((n) => n.plan.failed)) return failedPlan();
  if (missing.length > 0) {
    env.cx.report(
      Diagnostics.invalidArgument(`make-graph: no column '${missing[0]}' to take nodes from`, operator.span),
    );
    return failedPlan();
  }
  const sourceType = input.schema.find((c) => c.name === operator.source)?.type ?? 'string';
  const idColumn = operator.nodeIdColumn ? { name: operator.nodeIdColumn, type: sourceType } : undefined;
  const nodes = nodePlans.map((n) => ({ ...n, plan: memoized(n.plan) }));
  const nodeColumns = nodeSchema(
    nodes.map((n) => ({ schema: n.plan.schema })),
    idColumn,
  );
  const build = (edges: ColumnTable, nodeTables: readonly ColumnTable[]) =>
    makeGraph(edges, {
      source: operator.source,
      target: operator.target,
      nodeTables: nodeTables.map((table, i) => ({ table, key: nodes[i].key })),
      nodeIdColumn: operator.nodeIdColumn,
    });
  if (operator.partition) {
    const tables = { edges: input, nodes: nodes.map((n) => n.plan) };
    return compilePartitionedGraph(operator.partition, tables, { nodeColumns, edgeColumns: input.schema, build }, env);
  }
  return graphPlanOf({
    nodeColumns,
    edgeColumns: input.schema,
    build: () =>
      build(
        input.run(),
        nodes.map((n) => n.plan.run()),
      ),
  });
};

/** The graph a graph operator reads, or a reported error when no make-graph comes before it. */
function graphOf(input: TabularPlan, operator: string, env: ExprEnv, span: ExprNode['span']): GraphSource | undefined {
  const source = graphSources.get(input);
  if (!source) env.cx.report(Diagnostics.invalidArgument(`${operator} reads a graph: put make-graph before it`, span));
  return source;
}

/** `graph-mark-components [kind=weak] [with_component_id = Name]`: the graph, its nodes numbered by component. */
export const compileGraphMarkComponents: OperatorCompiler<'GraphMarkComponentsOperator'> = (input, operator, env) => {
  const source = graphOf(input, 'graph-mark-components', env, operator.span);
  const kind = operator.options.find((o) => o.name === 'kind')?.value ?? 'weak';
  if (kind !== 'weak')
    env.cx.report(Diagnostics.unsupportedConstruct(`graph-mark-components kind=${kind}`, operator.span));
  if (!source || kind !== 'weak') return failedPlan();
  const name = operator.options.find((o) => o.name === 'with_component_id')?.value ?? 'ComponentId';
  return graphPlanOf({
    nodeColumns: [...source.nodeColumns.filter((c) => c.name !== name), { name, type: 'long' }],
    edgeColumns: source.edgeColumns,
    build: () => markComponents(source.build(), name),
  });
};

/** `graph-to-table nodes|edges [with_node_id=…] [with_source_id=…] [with_target_id=…]`. */
export const compileGraphToTable: OperatorCompiler<'GraphToTableOperator'> = (input, operator, env) => {
  const source = graphOf(input, 'graph-to-table', env, operator.span);
  if (!source) return failedPlan();
  const option = (name: string) => operator.options.find((o) => o.name === name)?.value;
  const spec = {
    what: operator.what,
    nodeId: option('with_node_id'),
    sourceId: option('with_source_id'),
    targetId: option('with_target_id'),
  };
  const ids = (...names: (string | undefined)[]) =>
    names.filter((n): n is string => n !== undefined).map((name) => ({ name, type: 'long' as const }));
  const schema =
    operator.what === 'nodes'
      ? [...ids(spec.nodeId), ...source.nodeColumns]
      : [...ids(spec.sourceId, spec.targetId), ...source.edgeColumns];
  return { schema, run: () => graphToTable(source.build(), spec) };
};

/**
 * `graph-match` / `graph-shortest-paths` (graph-match-operator.md, graph-shortest-paths-operator.md):
 * `v.p` reads node or edge variable v's property p; node_degree_in(v), node_degree_out(v) and
 * node_id(v) a node's facts; map / all / any over e or inner_nodes(e) fold an expression over the
 * edges or inner nodes of variable-length edge e.
 */
export const compileGraphMatch: OperatorCompiler<'GraphMatchOperator'> = (input, operator, env) => {
  const name = operator.shortestPaths ? 'graph-shortest-paths' : 'graph-match';
  const source = graphOf(input, name, env, operator.span);
  if (!source) return failedPlan();
  const option = (key: string) => operator.options.find((o) => o.name === key)?.value;
  const cycles = option('cycles') ?? 'unique_edges';
  const output = option('output') ?? 'any';
  if (!['all', 'none', 'unique_edges'].includes(cycles) || !['any', 'all'].includes(output)) {
    env.cx.report(
      Diagnostics.invalidArgument(`${name}: cycles is all, none or unique_edges; output is any or all`, operator.span),
    );
    return failedPlan();
  }
  const variables = new Set(
    graphScope(source.nodeColumns, source.edgeColumns, operator.patterns).map((c) => c.source.variable),
  );
  const folds: FoldSyntax[] = [];
  const where = operator.where && variableReferences(operator.where, variables, folds);
  const items = operator.project.map((item) => ({ item, expr: variableReferences(item.expr, variables, folds) }));
  const elements = folds.map((fold) => ({
    ...fold,
    expr: compileExpression(fold.expr, {
      ...env,
      columns: graphElementScope(fold.over, source.nodeColumns, source.edgeColumns),
    }),
  }));
  const scope = graphScope(source.nodeColumns, source.edgeColumns, operator.patterns, elements);
  const scopeEnv: ExprEnv = { ...env, columns: scope.map(({ name, type }) => ({ name, type })) };
  const namer = new ColumnNamer(new Set());
  const project = items.map(({ item, expr }) => ({
    name: namer.nameFor(item.expr, item.names[0] ?? variablePropertyName(item.expr, variables)),
    expr: compileExpression(expr, scopeEnv),
  }));
  const spec = {
    patterns: operator.patterns,
    elements,
    cycles: cycles as 'all' | 'none' | 'unique_edges',
    where: where ? compileExpression(where, scopeEnv) : undefined,
    project,
    shortest: operator.shortestPaths ? (output as 'any' | 'all') : undefined,
  };
  return {
    schema: project.map((p) => ({ name: p.name, type: p.expr.type })),
    run: () => graphMatch(source.build(), spec, env.cx.exec),
  };
};

/** `manager.name` projected without a name is `manager_name`. */
function variablePropertyName(node: ExprNode, variables: ReadonlySet<string>): string | undefined {
  return node.kind === 'Path' && node.target.kind === 'Name' && variables.has(node.target.name)
    ? `${node.target.name}_${node.member}`
    : undefined;
}

/** A map/all/any found in a predicate or projection, before its element expression is compiled. */
interface FoldSyntax {
  readonly variable: string;
  readonly over: 'edges' | 'inner';
  readonly fold: 'map' | 'all' | 'any';
  readonly expr: ExprNode;
}

const NODE_FACT_FUNCTIONS: Readonly<Record<string, string>> = {
  node_degree_in: '#in',
  node_degree_out: '#out',
  node_id: '#id',
};

/**
 * `v.p` → the scope column `v.p`; node_degree_in(v) → `v.#in` (and out, id); map / all / any over
 * e or inner_nodes(e) → the column of a new element expression, which `folds` collects.
 */
function variableReferences(node: ExprNode, variables: ReadonlySet<string>, folds: FoldSyntax[]): ExprNode {
  const column = (name: string, span: ExprNode['span']) => create({ kind: 'Name', name, span });
  return mapExpression(node, (n) => {
    if (n.kind === 'Path' && n.target.kind === 'Name' && variables.has(n.target.name)) {
      return column(`${n.target.name}.${n.member}`, n.span);
    }
    if (n.kind !== 'Call') return undefined;
    const fact = NODE_FACT_FUNCTIONS[n.name];
    const [first, second] = n.args;
    if (fact && n.args.length === 1 && first.kind === 'Name' && variables.has(first.name)) {
      return column(`${first.name}.${fact}`, n.span);
    }
    if (!['map', 'all', 'any'].includes(n.name) || n.args.length !== 2) return undefined;
    const inner = first.kind === 'Call' && first.name === 'inner_nodes' ? first.args[0] : undefined;
    const over = inner ? 'inner' : 'edges';
    const variable = (inner ?? first).kind === 'Name' ? ((inner ?? first) as { name: string }).name : undefined;
    if (variable === undefined || !variables.has(variable)) return undefined;
    const expr = over === 'inner' ? elementFacts(second) : second;
    folds.push({ variable, over, fold: n.name as FoldSyntax['fold'], expr });
    return column(elementColumn(folds.length - 1), n.span);
  });
}

/** Inside an inner-node expression, node_degree_in() and friends read the node at hand. */
function elementFacts(node: ExprNode): ExprNode {
  return mapExpression(node, (n) =>
    n.kind === 'Call' && n.args.length === 0 && NODE_FACT_FUNCTIONS[n.name]
      ? create({ kind: 'Name', name: NODE_FACT_FUNCTIONS[n.name], span: n.span })
      : undefined,
  );
}
