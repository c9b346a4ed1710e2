import { ColumnTable } from '../engine/table.ts';
import type { ExternalDataNode, QueryNode } from '../syntax/index.ts';
import type { KqlColumn } from '../types.ts';
import { type ExternalDataReader, ExternalDataRefusal } from './external-data-reader.ts';
import { externalRows } from './external-rows.ts';

/** Each `externaldata` source of a query, by the offset where it starts: its rows, or why it was not read. */
export type ExternalDataResults = ReadonlyMap<number, ColumnTable | { readonly refused: string }>;

/**
 * Reads every `externaldata` source of the query through `reader` before the query compiles (compiling
 * is synchronous; reading is not). Without a reader nothing is read and the compiler refuses each source.
 */
export async function readExternalData(
  tree: QueryNode,
  reader: ExternalDataReader | undefined,
): Promise<ExternalDataResults> {
  const results = new Map<number, ColumnTable | { readonly refused: string }>();
  if (!reader) return results;
  for (const node of externalDataNodes(tree)) {
    results.set(node.span.start, await readSource(node, reader));
  }
  return results;
}

async function readSource(
  node: ExternalDataNode,
  reader: ExternalDataReader,
): Promise<ColumnTable | { refused: string }> {
  if (node.urls === undefined) return { refused: 'its URL is computed, not a string literal' };
  const columns: KqlColumn[] = node.columns.map(({ name, type }) => ({ name, type }));
  const rows: (readonly unknown[])[] = [];
  try {
    for (const url of node.urls) rows.push(...externalRows(await reader(url), columns, node.properties));
  } catch (error) {
    if (error instanceof ExternalDataRefusal) return { refused: error.message };
    return { refused: `its content could not be read: ${(error as Error).message}` };
  }
  return ColumnTable.fromRaw({ name: 'externaldata', columns, rows });
}

/** Every ExternalData node in the tree, wherever it sits (let, join, union, subquery). */
function externalDataNodes(root: unknown): ExternalDataNode[] {
  const found: ExternalDataNode[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
    } else if (typeof value === 'object' && value !== null) {
      if ((value as { kind?: unknown }).kind === 'ExternalData') found.push(value as ExternalDataNode);
      else for (const child of Object.values(value)) visit(child);
    }
  };
  visit(root);
  return found;
}
