import type { KqlType } from '../../types.ts';
import { StringColumn } from '../column.ts';
import { concatColumns } from '../column-concat.ts';
import { invalidInput } from '../errors.ts';
import { defaultContext, type ExecutionContext } from '../limits.ts';
import { ColumnTable, type NamedColumn } from '../table.ts';

export interface UnionSpec {
  /** `withsource=Name`: a first column holding each row's source table name. */
  readonly withSource?: string;
  /** Names written to the source column, one per table; defaults to each table's name. */
  readonly sourceNames?: readonly string[];
}

/**
 * `union T1, T2, ...`: rows of every table, one after another. Columns are matched by name; a name
 * that has different types in different tables becomes one column per type, suffixed with the type
 * (`LocationDetails_dynamic`, `LocationDetails_string`), as Kusto does. Columns appear in order of
 * first appearance.
 *
 * @example
 * union([signins, nonInteractive], { withSource: 'SourceTable' }, ctx)
 */
export function union(
  tables: readonly ColumnTable[],
  spec: UnionSpec = {},
  ctx: ExecutionContext = defaultContext(),
): ColumnTable {
  if (spec.sourceNames !== undefined && spec.sourceNames.length !== tables.length) {
    throw invalidInput(`union: ${spec.sourceNames.length} source names for ${tables.length} tables`);
  }
  const typesByName = new Map<string, KqlType[]>();
  for (const table of tables) {
    for (const { name, type } of table.columns) {
      const types = typesByName.get(name) ?? [];
      if (!types.includes(type)) types.push(type);
      typesByName.set(name, types);
    }
  }
  const columns: NamedColumn[] = [];
  if (spec.withSource !== undefined) columns.push({ name: spec.withSource, column: sourceColumn(tables, spec) });
  // A table without rows adds columns but no cells: `union *` over hundreds of empty catalogued tables.
  const withRows = tables.filter((table) => table.rowCount > 0);
  for (const [name, types] of typesByName) {
    for (const type of types) {
      const parts = withRows.map((table) => {
        const present = table.has(name) && table.typeOf(name) === type;
        return { column: present ? table.column(name) : null, rows: table.rows() };
      });
      columns.push({ name: types.length > 1 ? `${name}_${type}` : name, column: concatColumns(type, parts) });
    }
  }
  return ctx.ensureMemory(ColumnTable.fromColumns('union', columns), 'union');
}

function sourceColumn(tables: readonly ColumnTable[], spec: UnionSpec): StringColumn {
  const names = spec.sourceNames ?? tables.map((t) => t.name);
  const codes = new Int32Array(tables.reduce((sum, t) => sum + t.rowCount, 0));
  let offset = 0;
  tables.forEach((table, index) => {
    codes.fill(index, offset, offset + table.rowCount);
    offset += table.rowCount;
  });
  // Two legs may carry the same name; the dictionary must stay duplicate-free.
  const unique = [...new Set(names)];
  const remap = names.map((n) => unique.indexOf(n));
  return new StringColumn(
    'string',
    codes.map((code) => remap[code]),
    unique,
  );
}
