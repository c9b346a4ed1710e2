import type { ExecutionContext } from '../limits.ts';
import type { ColumnTable } from '../table.ts';
import { type ActivityColumns, type ActivityRow, activityTable, appearancesByGroup } from './activity-metrics.ts';
import { type ActivityWindow, activityTimeline } from './activity-periods.ts';

/**
 * `sliding_window_counts(Id, Time, Start, End, LookbackWindow, Bin [, dim …])`
 * (sliding-window-counts-plugin.md): for each bin from Start to End and dimension group, the rows
 * (`Count`) and distinct ids (`Dcount`) of the lookback window ending with that bin; the window is
 * LookbackWindow rounded down to whole bins, and rows before Start count towards the first bins.
 * Bins whose window has no rows are left out.
 */
export function slidingWindowCounts(
  table: ColumnTable,
  columns: ActivityColumns,
  spec: { readonly start: number; readonly end: number; readonly lookback: number; readonly bin: ActivityWindow },
  ctx: ExecutionContext,
): ColumnTable {
  const { groups, appearances } = appearancesByGroup(table, columns, ctx);
  const timeline = activityTimeline(
    { start: spec.start, end: spec.end, window: spec.bin },
    [],
    table.typeOf(columns.time) === 'datetime',
  );
  const lookback = typeof spec.bin === 'number' ? Math.floor(spec.lookback / spec.bin) * spec.bin : spec.lookback;
  const result: ActivityRow[] = [];
  appearances.forEach((rows, group) => {
    ctx.checkDeadline();
    const sorted = [...rows].sort((a, b) => a.time - b.time);
    // Both ends of the window only move forward: ids enter at `last` and leave at `first`.
    const inWindow = new Map<string, number>();
    let [first, last] = [0, 0];
    timeline.ends.forEach((end, p) => {
      for (; last < sorted.length && sorted[last].time < end; last++) {
        inWindow.set(sorted[last].id, (inWindow.get(sorted[last].id) ?? 0) + 1);
      }
      for (; first < last && sorted[first].time < end - lookback; first++) {
        const left = (inWindow.get(sorted[first].id) ?? 1) - 1;
        if (left === 0) inWindow.delete(sorted[first].id);
        else inWindow.set(sorted[first].id, left);
      }
      if (last > first) result.push({ start: timeline.starts[p], group, counts: [last - first, inWindow.size] });
    });
  });
  // `Dcount` as Kusto.Language names it and the page did until an edit lowercased its table to `dcount`.
  return activityTable(table, columns, groups, result, ['Count', 'Dcount']);
}
