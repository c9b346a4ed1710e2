import { KqlRuntimeError } from './errors.ts';
import type { ColumnTable } from './table.ts';

/**
 * Row positions of a serialized table, for window functions compiled by kql-front.
 * `rows[p]` is the physical row at position p; `positionOf[row]` is the inverse (-1 when the
 * physical row is not selected).
 *
 * @example
 * // prev(x, offset, default) inside CompiledExpr.bind:
 * const { rows, positionOf } = windowOf(table, 'prev');
 * return (row) => { const p = positionOf[row] - offset; return p >= 0 ? x(rows[p]) : fallback; };
 */
export interface RowWindow {
  readonly rows: Int32Array;
  readonly positionOf: Int32Array;
}

const cache = new WeakMap<ColumnTable, RowWindow>();

export function windowOf(table: ColumnTable, functionName: string): RowWindow {
  if (!table.serialized) {
    throw new KqlRuntimeError(
      'KQLR005',
      `${functionName}() needs serialized rows: add '| serialize' or '| sort by ...' before it`,
    );
  }
  let window = cache.get(table);
  if (window === undefined) {
    const rows = table.rows();
    const positionOf = new Int32Array(table.physicalLength).fill(-1);
    for (let p = 0; p < rows.length; p++) positionOf[rows[p]] = p;
    window = { rows, positionOf };
    cache.set(table, window);
  }
  return window;
}
