import type { ColumnTable } from '../engine/index.ts';
import { formatDatetime, formatTimespan } from '../functions/index.ts';
import type { KqlColumn, KqlType } from '../types.ts';
import type { Visualization } from './plan.ts';

/** The Log Analytics query API's table shape. */
export interface WireTable {
  readonly columns: KqlColumn[];
  readonly rows: unknown[][];
  /** The query's `render` hint, when it had one (Log Analytics returns it beside the tables). */
  readonly visualization?: Visualization;
}

function wireValue(value: unknown, type: KqlType): unknown {
  if (value === null || value === undefined) return null;
  if (type === 'datetime') return typeof value === 'number' ? formatDatetime(value) || null : null;
  if (type === 'timespan') return typeof value === 'number' ? formatTimespan(value) || null : null;
  if ((type === 'real' || type === 'decimal') && typeof value === 'number' && !Number.isFinite(value)) {
    // JSON has no NaN/Infinity; Log Analytics sends them as strings.
    return Number.isNaN(value) ? 'NaN' : value > 0 ? 'Infinity' : '-Infinity';
  }
  return value;
}

/**
 * Converts a result to the Log Analytics API shape: datetimes as ISO-8601 UTC text, timespans
 * in Kusto format (`1.02:03:04.5000000`), dynamic values as JSON values.
 *
 * @example
 * toWireTable(outcome.table).rows[0] // ['2024-01-01T00:00:00Z', '00:15:00', { a: 1 }]
 */
export function toWireTable(table: ColumnTable, visualization?: Visualization): WireTable {
  const columns = table.columns.map((c) => ({ name: c.name, type: c.type }));
  const physical = table.namedColumns();
  const rows = Array.from(table.rows(), (row) =>
    physical.map(({ column }, i) => wireValue(column.get(row), columns[i].type)),
  );
  return visualization ? { columns, rows, visualization } : { columns, rows };
}
