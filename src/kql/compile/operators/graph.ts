import { Diagnostics } from '../../diagnostics/index.ts';
import {
  type Graph,
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
import type { OperatorCompiler } from './index.ts';

/** What a make-graph plan stands for: its graph's property columns, and how to build it. */
interface GraphSource {
  readonly nodeColumns: readonly KqlColumn[];
  readonly edgeColumns: readonly KqlColumn[];
  build(): Graph;
}

/** make-graph's plans: a graph is not a table, so only the graph operators that follow can read it. */
const graphSources = new WeakMap<TabularPlan, GraphSource>();

/** The plan standing for a graph: no columns, and running it as a table is a coded error. */
function graphPlan(): TabularPlan {
  return {
    schema: [],
    run() {
      throw invalidInput(
        'make-graph makes a graph, not a table: follow it with graph-match, graph-shortest-paths or graph-to-table',
      );
    },
  };
}

/** `make-graph Source --> Target [with Nodes on Key, …] [with_node_id = Name]` (make-graph-operator.md). */
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
  const plan = graphPlan();
  graphSources.set(plan, {
    nodeColumns: nodeSchema(
      nodes.map((n) => ({ schema: n.plan.schema })),
      idColumn,
    ),
    edgeColumns: input.schema,
    build: () =>
      makeGraph(input.run(), {
        source: operator.source,
        target: operator.target,
        nodeTables: nodes.map((n) => ({ table: n.plan.run(), key: n.key })),
        nodeIdColumn: operator.nodeIdColumn,
      }),
  });
  return plan;
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
  const plan = graphPlan();
  graphSources.set(plan, {
    nodeColumns: [...source.nodeColumns.filter((c) => c.name !== name), { name, type: 'long' }],
    edgeColumns: source.edgeColumns,
    build: () => markComponents(source.build(), name),
  });
  return plan;
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
 * `n.p` reads node or edge variable n's property p; `map(e, p)` and `map(inner_nodes(e), p)` read
 * p along a variable-length edge e.
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
  const scope = graphScope(source.nodeColumns, source.edgeColumns, operator.patterns);
  const variables = new Set(scope.map((c) => c.source.variable));
  const scopeEnv: ExprEnv = { ...env, columns: scope.map(({ name, type }) => ({ name, type })) };
  const compile = (node: ExprNode) => compileExpression(variableReferences(node, variables), scopeEnv);
  const namer = new ColumnNamer(new Set());
  const project = operator.project.map((item) => ({
    name: namer.nameFor(item.expr, item.names[0]),
    expr: compile(item.expr),
  }));
  const spec = {
    patterns: operator.patterns,
    cycles: cycles as 'all' | 'none' | 'unique_edges',
    where: operator.where ? compile(operator.where) : undefined,
    project,
    shortest: operator.shortestPaths ? (output as 'any' | 'all') : undefined,
  };
  return {
    schema: project.map((p) => ({ name: p.name, type: p.expr.type })),
    run: () => graphMatch(source.build(), spec, env.cx.exec),
  };
};

/** `v.p` → the scope column `v.p`; `map(e, p)` → `e.p`; `map(inner_nodes(e), p)` → `e.inner.p`. */
function variableReferences(node: ExprNode, variables: ReadonlySet<string>): ExprNode {
  const column = (name: string, span: ExprNode['span']) => create({ kind: 'Name', name, span });
  return mapExpression(node, (n) => {
    if (n.kind === 'Path' && n.target.kind === 'Name' && variables.has(n.target.name)) {
      return column(`${n.target.name}.${n.member}`, n.span);
    }
    if (n.kind !== 'Call' || n.name !== 'map' || n.args.length !== 2 || n.args[1].kind !== 'Name') return undefined;
    const [over, property] = n.args;
    if (over.kind === 'Name' && variables.has(over.name)) return column(`${over.name}.${property.name}`, n.span);
    const inner = over.kind === 'Call' && over.name === 'inner_nodes' ? over.args[0] : undefined;
    if (inner?.kind === 'Name' && variables.has(inner.name))
      return column(`${inner.name}.inner.${property.name}`, n.span);
    return undefined;
  });
}
