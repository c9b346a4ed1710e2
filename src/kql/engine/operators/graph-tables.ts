import { columnFromValues } from '../column-writer.ts';
import { ColumnTable } from '../table.ts';
import type { Graph } from './make-graph.ts';

/**
 * `graph-mark-components [kind=weak] [with_component_id = Name]` (graph-mark-components-operator.md):
 * each node gets the number of its weakly connected component, numbered by first node in node order.
 */
export function markComponents(graph: Graph, name: string): Graph {
  const parent = Array.from(graph.outEdges, (_, node) => node);
  const root = (node: number): number => {
    let at = node;
    while (parent[at] !== at) {
      parent[at] = parent[parent[at]];
      at = parent[at];
    }
    return at;
  };
  for (let e = 0; e < graph.edgeSource.length; e++) parent[root(graph.edgeSource[e])] = root(graph.edgeTarget[e]);
  const numbers = new Map<number, number>();
  const component = parent.map((_, node) => {
    const r = root(node);
    if (!numbers.has(r)) numbers.set(r, numbers.size);
    return numbers.get(r);
  });
  const kept = graph.nodes.namedColumns().filter((c) => c.name !== name);
  const nodes = ColumnTable.fromColumns('', [...kept, { name, column: columnFromValues('long', component) }]);
  return { ...graph, nodes };
}

/**
 * `graph-to-table nodes [with_node_id = Id]` or `edges [with_source_id = S] [with_target_id = T]`
 * (graph-to-table-operator.md): the node properties or the edges as a table; ids are the engine's node
 * numbers (Kusto's are opaque hashes).
 */
export function graphToTable(
  graph: Graph,
  spec: {
    readonly what: 'nodes' | 'edges';
    readonly nodeId?: string;
    readonly sourceId?: string;
    readonly targetId?: string;
  },
): ColumnTable {
  const ids = (name: string | undefined, values: ArrayLike<number>) =>
    name === undefined ? [] : [{ name, column: columnFromValues('long', Array.from(values)) }];
  if (spec.what === 'nodes') {
    const numbers = Array.from(graph.outEdges, (_, node) => node);
    return ColumnTable.fromColumns('', [...ids(spec.nodeId, numbers), ...graph.nodes.namedColumns()]);
  }
  return ColumnTable.fromColumns('', [
    ...ids(spec.sourceId, graph.edgeSource),
    ...ids(spec.targetId, graph.edgeTarget),
    ...graph.edges.namedColumns(),
  ]);
}
