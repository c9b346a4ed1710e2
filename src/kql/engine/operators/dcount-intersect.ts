import { columnFromValues } from '../column-writer.ts';
import { DEADLINE_CHECK_MASK, type ExecutionContext } from '../limits.ts';
import type { ColumnTable } from '../table.ts';

/**
 * `evaluate dcount_intersect(hll_1, hll_2, …)` (dcount-intersect-plugin.md): adds s0 … s(n-1), where
 * s(k) counts the values in all of hll_1 … hll_(k+1). The engine's hll() sketches are exact sets of
 * value keys, so the intersections are exact.
 */
export function dcountIntersect(table: ColumnTable, sketches: readonly string[], ctx: ExecutionContext): ColumnTable {
  const rows = table.rows();
  const counts = sketches.map(() => new Array<number | null>(table.physicalLength).fill(null));
  for (let p = 0; p < rows.length; p++) {
    if ((p & DEADLINE_CHECK_MASK) === 0) ctx.checkDeadline();
    let common: Set<unknown> | undefined;
    sketches.forEach((name, k) => {
      const sketch = table.column(name).get(rows[p]);
      const keys = new Set(Array.isArray(sketch) ? sketch : []);
      common = common === undefined ? keys : new Set([...common].filter((key) => keys.has(key)));
      counts[k][rows[p]] = common.size;
    });
  }
  return table.withColumns([
    ...table.namedColumns(),
    ...counts.map((values, k) => ({ name: `s${k}`, column: columnFromValues('long', values) })),
  ]);
}
