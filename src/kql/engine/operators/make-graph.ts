import { valueKey } from '../../functions/index.ts';
import type { KqlColumn, KqlType } from '../../types.ts';
import { columnFromValues } from '../column-writer.ts';
import { ColumnTable } from '../table.ts';

/** A graph made by make-graph: node properties one row per node, edges one row per input row. */
export interface Graph {
  readonly nodes: ColumnTable;
  /** Each node's id: its Source, Target or node-table key value. */
  readonly nodeKeys: readonly unknown[];
  readonly edges: ColumnTable;
  readonly edgeSource: Int32Array;
  readonly edgeTarget: Int32Array;
  readonly outEdges: readonly number[][];
  readonly inEdges: readonly number[][];
}

export interface MakeGraphSpec {
  readonly source: string;
  readonly target: string;
  readonly nodeTables: readonly { readonly table: ColumnTable; readonly key: string }[];
  /** `with_node_id = Name`: a node property holding the node's id. */
  readonly nodeIdColumn?: string;
}

/** The node property columns make-graph gives: the node tables' columns, then the id column if asked. */
export function nodeSchema(
  nodeTables: readonly { readonly schema: readonly KqlColumn[] }[],
  idColumn: { readonly name: string; readonly type: KqlType } | undefined,
): KqlColumn[] {
  const columns: KqlColumn[] = [];
  for (const { schema } of nodeTables)
    for (const c of schema) if (!columns.some((k) => k.name === c.name)) columns.push(c);
  if (idColumn && !columns.some((k) => k.name === idColumn.name)) columns.push(idColumn);
  return columns;
}

/**
 * `make-graph Source --> Target [with Nodes on Key, …] [with_node_id = Name]` (make-graph-operator.md):
 * nodes are the distinct values of Source and Target (and of the node tables' keys); a node takes the
 * properties of its node-table row, null when it has none.
 */
export function makeGraph(edges: ColumnTable, spec: MakeGraphSpec): Graph {
  const compact = edges.compact();
  const index = new Map<string, number>();
  const keys: unknown[] = [];
  const propertyRows: { table: number; row: number }[] = [];
  const nodeOf = (value: unknown): number => {
    const id = valueKey(value);
    let at = index.get(id);
    if (at === undefined) {
      at = keys.length;
      index.set(id, at);
      keys.push(value);
      propertyRows.push({ table: -1, row: -1 });
    }
    return at;
  };
  spec.nodeTables.forEach(({ table, key }, t) => {
    const column = table.column(key);
    for (const row of table.rows()) {
      const node = nodeOf(column.get(row));
      if (propertyRows[node].table < 0) propertyRows[node] = { table: t, row };
    }
  });
  const sourceColumn = compact.column(spec.source);
  const targetColumn = compact.column(spec.target);
  const edgeSource = new Int32Array(compact.rowCount);
  const edgeTarget = new Int32Array(compact.rowCount);
  for (let e = 0; e < compact.rowCount; e++) {
    edgeSource[e] = nodeOf(sourceColumn.get(e));
    edgeTarget[e] = nodeOf(targetColumn.get(e));
  }
  const outEdges: number[][] = keys.map(() => []);
  const inEdges: number[][] = keys.map(() => []);
  for (let e = 0; e < edgeSource.length; e++) {
    outEdges[edgeSource[e]].push(e);
    inEdges[edgeTarget[e]].push(e);
  }
  const idColumn = spec.nodeIdColumn ? { name: spec.nodeIdColumn, type: compact.typeOf(spec.source) } : undefined;
  const schema = nodeSchema(
    spec.nodeTables.map((n) => ({ schema: n.table.columns })),
    idColumn,
  );
  const nodes = ColumnTable.fromColumns(
    '',
    schema.map((c) => ({
      name: c.name,
      column: columnFromValues(
        c.type,
        keys.map((key, node) => {
          if (c.name === idColumn?.name) return key;
          const { table, row } = propertyRows[node];
          const owner = table < 0 ? undefined : spec.nodeTables[table].table;
          return owner?.has(c.name) ? owner.column(c.name).get(row) : null;
        }),
      ),
    })),
  );
  return { nodes, nodeKeys: keys, edges: compact, edgeSource, edgeTarget, outEdges, inEdges };
}
