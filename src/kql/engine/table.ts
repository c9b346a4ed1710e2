import type { KqlColumn, KqlType, RawTable } from '../types.ts';
import type { Column } from './column.ts';
import { columnWriter, gatherColumn } from './column-writer.ts';
import { invalidInput } from './errors.ts';

/** 0, 1, 2, …: one growing array whose prefixes serve every unselected table. */
let identity = new Int32Array(0);

function identityRows(length: number): Int32Array {
  if (identity.length < length) {
    identity = new Int32Array(Math.max(length, identity.length * 2));
    for (let i = 0; i < identity.length; i++) identity[i] = i;
  }
  return identity.subarray(0, length);
}

/** A named column as handed to `ColumnTable.fromColumns`. */
export interface NamedColumn {
  readonly name: string;
  readonly column: Column;
}

/**
 * An immutable, column-oriented table: named typed columns over shared *physical* rows, plus an
 * optional selection vector saying which physical rows the table holds and in which order.
 *
 * - `where`, `sort`, `take` return a new table with another selection over the same columns (no copy).
 * - `extend` adds columns as long as the physical row count; only selected rows are computed.
 * - Operators that build new rows (summarize, join, mv-expand, union) produce new physical tables.
 *
 * Reading rows: `rows()` gives the physical indices in table order; a compiled expression bound to
 * the table is called with those physical indices (see ./compiled-expression.ts).
 *
 * @example
 * for (const row of table.rows()) console.log(table.column('Computer').get(row));
 */
export class ColumnTable {
  private readonly byName: Map<string, number>;

  private constructor(
    readonly name: string,
    readonly columns: readonly KqlColumn[],
    private readonly data: readonly Column[],
    /** Number of physical rows every column holds. */
    readonly physicalLength: number,
    /** Physical row indices in table order; `null` means all physical rows in order. */
    readonly selection: Int32Array | null,
    /** True after `sort`/`serialize`/`top`: row order is meaningful for prev/next/row_number. */
    readonly serialized: boolean,
  ) {
    this.byName = new Map(columns.map((c, i) => [c.name, i]));
  }

  /** Builds a table from ready columns (the loaders' fast path). All columns must have equal length. */
  static fromColumns(name: string, columns: readonly NamedColumn[], options?: { serialized?: boolean }): ColumnTable {
    const length = columns.length === 0 ? 0 : columns[0].column.length;
    const seen = new Set<string>();
    for (const { name: columnName, column } of columns) {
      if (column.length !== length) {
        throw invalidInput(`column '${columnName}' has ${column.length} rows but '${columns[0].name}' has ${length}`);
      }
      if (seen.has(columnName)) throw invalidInput(`duplicate column name '${columnName}' in table '${name}'`);
      seen.add(columnName);
    }
    return new ColumnTable(
      name,
      columns.map((c) => ({ name: c.name, type: c.column.type })),
      columns.map((c) => c.column),
      length,
      null,
      options?.serialized ?? false,
    );
  }

  /** Converts a row-oriented table (values already in engine representation). */
  static fromRaw(raw: RawTable): ColumnTable {
    const n = raw.rows.length;
    const columns = raw.columns.map((c, index) => {
      const writer = columnWriter(c.type, n);
      for (let row = 0; row < n; row++) writer.set(row, raw.rows[row][index]);
      return { name: c.name, column: writer.finish() };
    });
    return ColumnTable.fromColumns(raw.name, columns);
  }

  /** An empty table with the given schema. */
  static empty(name: string, schema: readonly KqlColumn[]): ColumnTable {
    return ColumnTable.fromColumns(
      name,
      schema.map((c) => ({ name: c.name, column: columnWriter(c.type, 0).finish() })),
    );
  }

  get rowCount(): number {
    return this.selection === null ? this.physicalLength : this.selection.length;
  }

  /** Physical row indices in table order. Shared between tables; never mutate it. */
  rows(): Int32Array {
    return this.selection ?? identityRows(this.physicalLength);
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  indexOf(name: string): number {
    return this.byName.get(name) ?? -1;
  }

  /** The column called `name`; a KQLR003 error naming the available columns when absent. */
  column(name: string): Column {
    const index = this.byName.get(name);
    if (index === undefined) {
      throw invalidInput(`unknown column '${name}'; the table has: ${this.columns.map((c) => c.name).join(', ')}`);
    }
    return this.data[index];
  }

  columnAt(index: number): Column {
    return this.data[index];
  }

  typeOf(name: string): KqlType {
    return this.column(name).type;
  }

  /** Value at table position `position` (0-based, in table order) of column `name`. */
  value(position: number, name: string): unknown {
    return this.column(name).get(this.rows()[position]);
  }

  /** Same columns, other rows: `rows` are physical indices (the result of where/sort/take). */
  withSelection(rows: Int32Array, serialized = this.serialized): ColumnTable {
    return new ColumnTable(this.name, this.columns, this.data, this.physicalLength, rows, serialized);
  }

  /** Same rows, other columns. Every column must be physical-length (built over `physicalLength`). */
  withColumns(columns: readonly NamedColumn[]): ColumnTable {
    for (const { name, column } of columns) {
      if (column.length !== this.physicalLength) {
        throw invalidInput(`column '${name}' has ${column.length} rows, expected ${this.physicalLength}`);
      }
    }
    return new ColumnTable(
      this.name,
      columns.map((c) => ({ name: c.name, type: c.column.type })),
      columns.map((c) => c.column),
      this.physicalLength,
      this.selection,
      this.serialized,
    );
  }

  /** The columns with their names, in table order (physical-length; combine with `rows()`). */
  namedColumns(): NamedColumn[] {
    return this.columns.map((c, i) => ({ name: c.name, column: this.data[i] }));
  }

  withName(name: string): ColumnTable {
    return new ColumnTable(name, this.columns, this.data, this.physicalLength, this.selection, this.serialized);
  }

  withSerialized(serialized: boolean): ColumnTable {
    return new ColumnTable(this.name, this.columns, this.data, this.physicalLength, this.selection, serialized);
  }

  /** Copies the selected rows into dense columns (used before handing data to row-wise consumers). */
  compact(): ColumnTable {
    if (this.selection === null) return this;
    const rows = this.selection;
    return ColumnTable.fromColumns(
      this.name,
      this.namedColumns().map((c) => ({ name: c.name, column: gatherColumn(c.column, rows) })),
      { serialized: this.serialized },
    );
  }

  /** Row-oriented copy (values in engine representation). */
  toRaw(): RawTable {
    const rows = this.rows();
    const out: unknown[][] = new Array(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const row = new Array(this.data.length);
      for (let c = 0; c < this.data.length; c++) row[c] = this.data[c].get(rows[i]);
      out[i] = row;
    }
    return { name: this.name, columns: this.columns, rows: out };
  }

  /** Values of one column in table order: handy for tests and small results. */
  columnValues(name: string): unknown[] {
    const column = this.column(name);
    return Array.from(this.rows(), (row) => column.get(row));
  }
}
