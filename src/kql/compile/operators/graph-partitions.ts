import { Diagnostics, didYouMean } from '../../diagnostics/index.ts';
import { ColumnTable, type Graph, union } from '../../engine/index.ts';
import type { MakeGraphOperator } from '../../syntax/index.ts';
import type { ExprEnv } from '../env.ts';
import { failedPlan, type TabularPlan } from '../plan.ts';
import { type GraphSource, graphPlanOf } from './graph.ts';
import { compileOperator } from './index.ts';
import { rowsByKey } from './partition.ts';

type Partition = NonNullable<MakeGraphOperator['partition']>;

/** The graph's columns and how to build a graph from (a part of) the edges and node tables. */
interface GraphShape {
  readonly nodeColumns: GraphSource['nodeColumns'];
  readonly edgeColumns: GraphSource['edgeColumns'];
  build(edges: ColumnTable, nodeTables: readonly ColumnTable[]): Graph;
}

/**
 * `make-graph … partitioned-by Column (GraphOperator)` (make-graph-operator.md): one graph per value of Column,
 * from the edges and node rows holding that value (the page requires the column in every one of those tables),
 * the graph operators run over each graph on its own and the results combined, in order of the values' first
 * appearance. The operators are compiled once, against a graph plan that reads the partition at hand.
 */
export function compilePartitionedGraph(
  partition: Partition,
  tables: { readonly edges: TabularPlan; readonly nodes: readonly TabularPlan[] },
  shape: GraphShape,
  env: ExprEnv,
): TabularPlan {
  const plans = [tables.edges, ...tables.nodes];
  const lacking = plans.find((plan) => !plan.schema.some((c) => c.name === partition.column));
  if (lacking) {
    const names = lacking.schema.map((c) => c.name);
    env.cx.report(
      Diagnostics.unknownColumn(partition.column, didYouMean(partition.column, names), partition.columnSpan),
    );
    return failedPlan();
  }
  let current: Graph | undefined;
  let plan = graphPlanOf({
    nodeColumns: shape.nodeColumns,
    edgeColumns: shape.edgeColumns,
    build: () => current as Graph,
  });
  for (const operator of partition.operators) plan = compileOperator(plan, operator, env);
  if (plan.failed) return plan;
  const perPartition = plan;
  return {
    schema: perPartition.schema,
    run() {
      const [edges, ...nodeTables] = plans.map((p) => p.run());
      const groups = [edges, ...nodeTables].map((table) => rowsByKey(table, partition.column));
      const keys = new Set(groups.flatMap((group) => [...group.keys()]));
      const part = (table: ColumnTable, index: number, key: string) =>
        table.withSelection(Int32Array.from(groups[index].get(key) ?? []));
      const results = [...keys].map((key) => {
        env.cx.exec.checkDeadline();
        current = shape.build(
          part(edges, 0, key),
          nodeTables.map((table, i) => part(table, i + 1, key)),
        );
        return perPartition.run();
      });
      current = undefined;
      return results.length === 0 ? ColumnTable.empty('', perPartition.schema) : union(results, {}, env.cx.exec);
    },
  };
}
