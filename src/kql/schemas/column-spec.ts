import { isKqlType, type KqlColumn } from '../types.ts';

/**
 * Parses a compact `Name:type, Name:type` list, the same shape Kusto uses in
 * `.create table T (Name:type, …)`. Schemas are written this way so a table's full
 * column list stays readable on one screen and can be diffed against the docs.
 */
export function parseColumnSpec(spec: string): readonly KqlColumn[] {
  const columns: KqlColumn[] = [];
  for (const entry of spec.split(',')) {
    const trimmed = entry.trim();
    if (trimmed === '') continue;
    const [name, type] = trimmed.split(':').map((part) => part.trim());
    if (!name || !type || !isKqlType(type)) throw new Error(`Bad column spec entry "${trimmed}"`);
    columns.push(Object.freeze({ name, type }));
  }
  return Object.freeze(columns);
}

/** `(Col:type, …)`: the schema string @kusto/language-service-next and `.create table` accept. */
export function toKustoSchemaString(columns: readonly KqlColumn[]): string {
  return `(${columns.map((column) => `${quoteColumnName(column.name)}:${column.type}`).join(', ')})`;
}

/** Names that are not plain identifiers must be bracket-quoted in Kusto: ['My Column']. */
function quoteColumnName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `['${name.replaceAll("'", "\\'")}']`;
}
