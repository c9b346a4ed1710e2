import { ColumnTable } from '../engine/index.ts';
import type { KqlColumn, RawTable } from '../types.ts';

/**
 * An immutable set of named columnar tables: what queries run against. Derive new databases
 * with `withTables`; the original is never modified, so concurrent queries can share one.
 *
 * @example
 * const db = KqlDatabase.fromRawTables([{ name: 'T', columns: [{ name: 'x', type: 'long' }], rows: [[1]] }]);
 * db.schemaOf('T'); // [{ name: 'x', type: 'long' }]
 */
export class KqlDatabase {
  private constructor(private readonly tables: ReadonlyMap<string, ColumnTable>) {}

  static empty(): KqlDatabase {
    return new KqlDatabase(new Map());
  }

  /** Converts row-oriented tables (loader output) to columnar form once. */
  static fromRawTables(tables: readonly RawTable[]): KqlDatabase {
    return KqlDatabase.empty().withTables(...tables);
  }

  /** A new database with these tables added (a table of the same name is replaced). */
  withTables(...tables: readonly (RawTable | ColumnTable)[]): KqlDatabase {
    const next = new Map(this.tables);
    for (const table of tables) {
      next.set(table.name, table instanceof ColumnTable ? table : ColumnTable.fromRaw(table));
    }
    return new KqlDatabase(next);
  }

  tableNames(): string[] {
    return [...this.tables.keys()].sort();
  }

  /** The columns of `name`, or undefined when there is no such table. */
  schemaOf(name: string): readonly KqlColumn[] | undefined {
    return this.tables.get(name)?.columns;
  }

  /** The columnar table called `name` (used by the query runner). */
  table(name: string): ColumnTable | undefined {
    return this.tables.get(name);
  }
}
