import { valueKey } from '../../functions/index.ts';
import type { KqlType } from '../../types.ts';
import { columnFromValues, gatherColumn } from '../column-writer.ts';
import { DEADLINE_CHECK_MASK, type ExecutionContext } from '../limits.ts';
import { ColumnTable, type NamedColumn } from '../table.ts';
import { groupByColumns } from './grouping.ts';

/** The columns every activity plugin reads: who, when, and the dimensions that slice the result. */
export interface ActivityColumns {
  readonly id: string;
  readonly time: string;
  readonly dims: readonly string[];
}

/** One output row: the window (or bin) start, the dimension group, and the computed counts. */
export interface ActivityRow {
  readonly start: number;
  readonly group: number;
  readonly counts: readonly number[];
}

export interface Appearance {
  readonly id: string;
  readonly time: number;
}

/**
 * `activity_counts_metrics(Id, Time, Start, End, Window [, dim …])` (activity-counts-metrics-plugin.md):
 * per window from Start (the last one starting at End) and dimension group with rows: `count` of
 * rows, `dcount` of ids, `new_dcount` of ids not seen in an earlier window, and `aggregated_dcount`
 * of ids seen so far.
 */
export function activityCountsMetrics(
  table: ColumnTable,
  columns: ActivityColumns,
  range: { readonly start: number; readonly end: number; readonly window: number },
  ctx: ExecutionContext,
): ColumnTable {
  const { groups, appearances } = appearancesByGroup(table, columns, ctx);
  const result: ActivityRow[] = [];
  appearances.forEach((rows, group) => {
    const windows = new Map<number, Appearance[]>();
    for (const a of rows) {
      if (a.time < range.start) continue;
      const start = range.start + Math.floor((a.time - range.start) / range.window) * range.window;
      if (start > range.end) continue;
      windows.set(start, [...(windows.get(start) ?? []), a]);
    }
    const seen = new Set<string>();
    for (const [start, inWindow] of [...windows].sort(([a], [b]) => a - b)) {
      const ids = new Set(inWindow.map((a) => a.id));
      const fresh = [...ids].filter((id) => !seen.has(id)).length;
      for (const id of ids) seen.add(id);
      result.push({ start, group, counts: [inWindow.length, ids.size, fresh, seen.size] });
    }
  });
  return activityTable(table, columns, groups, result, ['count', 'dcount', 'new_dcount', 'aggregated_dcount']);
}

/**
 * `active_users_count(Id, Time, Start, End, LookbackWindow, Period, ActivePeriodsCount, Bin [, dim …])`
 * (active-users-count-plugin.md): an appearance between Start and End is active when its id shows up
 * in at least ActivePeriodsCount distinct periods within the lookback window ending at it (the window
 * start excluded, earlier rows than Start included); each bin from Start counts its distinct active ids.
 */
export function activeUsersCount(
  table: ColumnTable,
  columns: ActivityColumns,
  spec: {
    readonly start: number;
    readonly end: number;
    readonly lookback: number;
    readonly period: number;
    readonly activePeriods: number;
    readonly bin: number;
  },
  ctx: ExecutionContext,
): ColumnTable {
  const { groups, appearances } = appearancesByGroup(table, columns, ctx);
  const result: ActivityRow[] = [];
  appearances.forEach((rows, group) => {
    const byId = new Map<string, number[]>();
    for (const a of rows) byId.set(a.id, [...(byId.get(a.id) ?? []), a.time]);
    const activeByBin = new Map<number, Set<string>>();
    for (const [id, times] of byId) {
      for (const t of times) {
        if (t < spec.start || t > spec.end) continue;
        const periods = new Set(
          times.filter((s) => s > t - spec.lookback && s <= t).map((s) => Math.floor(s / spec.period)),
        );
        if (periods.size < spec.activePeriods) continue;
        const bin = spec.start + Math.floor((t - spec.start) / spec.bin) * spec.bin;
        activeByBin.set(bin, (activeByBin.get(bin) ?? new Set()).add(id));
      }
    }
    for (const [start, ids] of [...activeByBin].sort(([a], [b]) => a - b)) {
      result.push({ start, group, counts: [ids.size] });
    }
  });
  return activityTable(table, columns, groups, result, ['dcount']);
}

/** The (id, time) pairs of each dimension group; rows without an id or a time are left out. */
export function appearancesByGroup(table: ColumnTable, columns: ActivityColumns, ctx: ExecutionContext) {
  const groups = groupByColumns(table, columns.dims, ctx);
  const appearances: Appearance[][] = Array.from({ length: groups.groupCount }, () => []);
  const id = table.column(columns.id);
  const time = table.column(columns.time);
  const rows = table.rows();
  for (let p = 0; p < rows.length; p++) {
    if ((p & DEADLINE_CHECK_MASK) === 0) ctx.checkDeadline();
    const at = time.get(rows[p]);
    const who = id.get(rows[p]);
    if (typeof at === 'number' && who !== null && who !== '')
      appearances[groups.groupOf[p]].push({ id: valueKey(who), time: at });
  }
  return { groups, appearances };
}

/** The time column (each row's window or bin start), the dimensions, then the counts, as long columns. */
export function activityTable(
  table: ColumnTable,
  columns: ActivityColumns,
  groups: { readonly firstRow: Int32Array },
  result: readonly ActivityRow[],
  countNames: readonly string[],
): ColumnTable {
  const firstRows = Int32Array.from(result, (r) => groups.firstRow[r.group]);
  const named: NamedColumn[] = [
    {
      name: columns.time,
      column: columnFromValues(
        table.typeOf(columns.time),
        result.map((r) => r.start),
      ),
    },
    ...columns.dims.map((d) => ({ name: d, column: gatherColumn(table.column(d), firstRows) })),
    ...countNames.map((name, i) => ({
      name,
      column: columnFromValues(
        'long' as KqlType,
        result.map((r) => r.counts[i]),
      ),
    })),
  ];
  return ColumnTable.fromColumns(table.name, named);
}
