// The engine's column modules directly, not its index: loading data needs no operators.
import type { Column } from '../engine/column.ts';
import { ColumnTable } from '../engine/table.ts';
import type { KqlColumn, KqlType } from '../types.ts';
import { type Coercer, coercerFor, INVALID } from './coerce.ts';
import { type ColumnBuilder, columnBuilder, emptyColumnFactory } from './column-builders.ts';
import { KqlLoadError } from './errors.ts';
import { inferColumnType } from './infer.ts';

/**
 * Collects the rows of one table (from one or more files) straight into columns.
 * Columns with a known type (from the table schema or a type hint) are coerced as they arrive;
 * other columns keep their raw values until `finish()` infers a type from all of them.
 */
export class TableAccumulator {
  private readonly slots = new Map<string, Slot>();
  private readonly order: Slot[] = [];
  private rows = 0;
  private file = '';
  private textual = false;

  /**
   * `keep`, when given, names the only keys of JSON objects worth storing (the columns a query can read,
   * see ../load-for-query.ts); the schema's other columns stay empty.
   */
  constructor(
    readonly name: string,
    schema: readonly KqlColumn[] | undefined,
    readonly keep?: ReadonlySet<string>,
  ) {
    for (const column of schema ?? []) this.addSlot(column.name, column.type);
  }

  get rowCount(): number {
    return this.rows;
  }

  /** Subsequent rows come from `file`; `textual` says its values are CSV text rather than JSON values. */
  beginFile(file: string, textual: boolean): void {
    this.file = file;
    this.textual = textual;
  }

  /** The slot for a column; `typeHint` types a column the schema does not know (e.g. `X [UTC]` → datetime). */
  slot(name: string, typeHint?: KqlType): Slot {
    return this.slots.get(name) ?? this.addSlot(name, typeHint);
  }

  /** True when some file had this column (schema columns a file lacks exist but are empty). */
  hasColumn(name: string): boolean {
    return this.slots.get(name)?.seen === true;
  }

  /** Stores one value of the current row; `line` is only used to report a value that does not fit. */
  put(slot: Slot, value: unknown, line: number): void {
    slot.seen = true;
    if (slot.builder === undefined) {
      slot.raw.push(this.rows, value, this.textual);
      return;
    }
    const coerced = slot.coerce(value);
    if (coerced === INVALID) throw this.badValue(slot, value, line);
    slot.builder.set(this.rows, coerced);
  }

  /** Adds all keys of a JSON object as one row. */
  putObject(record: Record<string, unknown>, line: number): void {
    const keep = this.keep;
    for (const key in record) {
      if (keep === undefined || keep.has(key)) this.put(this.slots.get(key) ?? this.addSlot(key), record[key], line);
    }
    this.rows++;
  }

  endRow(): void {
    this.rows++;
  }

  /** The columns typed so far: a part of this table read on another thread must coerce its values the same way. */
  typedColumns(): KqlColumn[] {
    return this.order
      .filter((slot) => slot.builder !== undefined)
      .map((slot) => ({ name: slot.name, type: slot.type }));
  }

  /** These rows as a part for another accumulator of the same table (see `absorb`); typed columns come finished. */
  toPart(): TablePart {
    return {
      rows: this.rows,
      slots: this.order
        .filter((slot) => slot.seen)
        .map((slot) =>
          slot.builder === undefined
            ? { name: slot.name, raw: slot.raw }
            : { name: slot.name, column: slot.builder.finish(this.rows) },
        ),
    };
  }

  /** Appends a part read elsewhere (its accumulator was made with this one's `typedColumns()`) after the rows so far. */
  absorb(part: TablePart): void {
    const offset = this.rows;
    for (const piece of part.slots) {
      const slot = this.slot(piece.name);
      slot.seen = true;
      if (piece.column !== undefined) slot.builder?.append(offset, piece.column);
      else if (piece.raw !== undefined) {
        const { rows, values, textual } = piece.raw;
        for (let i = 0; i < rows.length; i++) slot.raw.push(offset + rows[i], values[i], textual);
      }
    }
    this.rows += part.rows;
  }

  /** Columns in schema order, then extra columns in order of first appearance; unseen schema columns are empty. */
  finish(): ColumnTable {
    const empty = emptyColumnFactory(this.rows);
    const columns = this.order.map((slot) => ({
      name: slot.name,
      column: slot.seen ? slot.finish(this.rows) : empty(slot.type),
    }));
    return ColumnTable.fromColumns(this.name, columns);
  }

  private addSlot(name: string, type?: KqlType): Slot {
    const slot = new Slot(name, type);
    this.slots.set(name, slot);
    this.order.push(slot);
    return slot;
  }

  private badValue(slot: Slot, value: unknown, line: number): KqlLoadError {
    const shown = JSON.stringify(value)?.slice(0, 60);
    const type = slot.builder?.type;
    if (type === 'datetime') {
      return new KqlLoadError('KQLL005', `cannot read ${shown} as a datetime`, {
        file: this.file,
        line,
        column: slot.name,
        hint: 'Use ISO 8601 (2024-10-18T09:29:21Z), the portal form "10/18/2024, 9:29:21.125 AM" (UTC) or an Excel serial date.',
      });
    }
    return new KqlLoadError('KQLL006', `${shown} is not a valid ${type} value`, {
      file: this.file,
      line,
      column: slot.name,
      hint: `Fix the value, or leave the cell empty for null; ${this.name}.${slot.name} is typed ${type}.`,
    });
  }
}

/** Rows of one table read apart from the rest (by another thread), ready to append with `absorb`. */
export interface TablePart {
  readonly rows: number;
  readonly slots: readonly {
    readonly name: string;
    /** A typed column, finished; its fields survive a structured clone. */
    readonly column?: Column;
    /** An untyped column's values, typed later over all parts together. */
    readonly raw?: Pick<RawValues, 'rows' | 'values' | 'textual'>;
  }[];
}

/** Values of a column whose type is not known yet: row indices and values side by side. */
class RawValues {
  readonly rows: number[] = [];
  readonly values: unknown[] = [];
  textual = false;
  push(row: number, value: unknown, textual: boolean): void {
    this.rows.push(row);
    this.values.push(value);
    this.textual ||= textual;
  }
}

export class Slot {
  seen = false;
  builder: ColumnBuilder | undefined;
  coerce: Coercer;
  readonly raw = new RawValues();
  constructor(
    readonly name: string,
    type: KqlType | undefined,
  ) {
    this.builder = type === undefined ? undefined : columnBuilder(type);
    this.coerce = type === undefined ? (v) => v : coercerFor(type);
  }

  /** The declared type; a column without one and without values is an empty string column. */
  get type(): KqlType {
    return this.builder?.type ?? 'string';
  }

  finish(length: number): Column {
    if (this.builder === undefined) {
      const type = inferColumnType(this.name, this.raw.values, this.raw.textual);
      this.builder = columnBuilder(type);
      const coerce = coercerFor(type);
      // Inference only picks a type every value fits, so coercion cannot fail here.
      for (let i = 0; i < this.raw.rows.length; i++) this.builder.set(this.raw.rows[i], coerce(this.raw.values[i]));
    }
    return this.builder.finish(length);
  }
}
