import type { KqlType } from '../../types.ts';
import { columnFromValues, gatherColumn } from '../column-writer.ts';
import type { ExecutionContext } from '../limits.ts';
import { ColumnTable, type NamedColumn } from '../table.ts';
import { type ActivityColumns, type Appearance, appearancesByGroup } from './activity-metrics.ts';
import { type ActivityRange, activityTimeline, type Timeline } from './activity-periods.ts';

/** One output row: its dimension group and its values, in the plugin's column order. */
interface MetricsRow {
  readonly group: number;
  readonly values: readonly number[];
}

/**
 * `activity_metrics(Id, Time, [Start, End,] Window [, dim …])` (activity-metrics-plugin.md): per period
 * and dimension group, `dcount_values` (distinct ids), `dcount_newvalues` (ids not in the previous
 * period), `retention_rate` (ids of the previous period seen again, over the previous period's ids)
 * and `churn_rate` (1 - retention_rate); NaN when the previous period had no ids.
 */
export function activityMetrics(
  table: ColumnTable,
  columns: ActivityColumns,
  range: ActivityRange,
  ctx: ExecutionContext,
): ColumnTable {
  const { groups, appearances } = appearancesByGroup(table, columns, ctx);
  const timeline = timelineOf(table, columns, range, appearances);
  const rows: MetricsRow[] = [];
  appearances.forEach((seen, group) => {
    ctx.checkDeadline();
    const ids = idsByPeriod(seen, timeline);
    timeline.starts.forEach((start, p) => {
      const previous = ids[p - 1] ?? new Set<string>();
      const returning = countIn(ids[p], previous);
      const retention = returning / previous.size;
      rows.push({ group, values: [start, ids[p].size, ids[p].size - returning, retention, 1 - retention] });
    });
  });
  const timeType = table.typeOf(columns.time);
  return metricsTable(table, columns, groups.firstRow, rows, [
    { name: columns.time, type: timeType },
    { name: 'dcount_values', type: 'long' },
    { name: 'dcount_newvalues', type: 'long' },
    { name: 'retention_rate', type: 'real' },
    { name: 'churn_rate', type: 'real' },
  ]);
}

/**
 * `new_activity_metrics(Id, Time, Start, End, Window [, Cohort] [, dim …] [, Lookback])`
 * (new-activity-metrics-plugin.md): for each cohort period `from` (the ids first seen then, ids of the
 * Lookback table counting as seen before Start) and each period `to` from it on: `dcount_new_values`
 * (ids of `to` not seen up to `from`, `to` itself aside), `dcount_retained_values` and
 * `dcount_churn_values` (cohort ids seen / not seen in `to`), and their shares of the cohort.
 */
export function newActivityMetrics(
  table: ColumnTable,
  columns: ActivityColumns,
  spec: ActivityRange & { readonly cohort?: number; readonly lookbackIds?: ReadonlySet<string> },
  ctx: ExecutionContext,
): ColumnTable {
  const { groups, appearances } = appearancesByGroup(table, columns, ctx);
  const timeline = timelineOf(table, columns, spec, appearances);
  const cohortPeriod = spec.cohort === undefined ? undefined : timeline.periodOf(spec.cohort);
  const rows: MetricsRow[] = [];
  appearances.forEach((seen, group) => {
    const ids = idsByPeriod(seen, timeline);
    const seenBefore = new Set(spec.lookbackIds);
    ids.forEach((fromIds, from) => {
      // Each cohort is compared with every later period: check the deadline per cohort.
      ctx.checkDeadline();
      const cohort = [...fromIds].filter((id) => !seenBefore.has(id));
      const seenThrough = new Set([...seenBefore, ...fromIds]);
      if (cohortPeriod === undefined || cohortPeriod === from) {
        for (let to = from; to < ids.length; to++) {
          const fresh = to === from ? cohort.length : [...ids[to]].filter((id) => !seenThrough.has(id)).length;
          const retained = cohort.filter((id) => ids[to].has(id)).length;
          const churned = cohort.length - retained;
          const [start, end] = [timeline.starts[from], timeline.starts[to]];
          rows.push({
            group,
            values: [start, end, fresh, retained, churned, retained / cohort.length, churned / cohort.length],
          });
        }
      }
      for (const id of fromIds) seenBefore.add(id);
    });
  });
  const timeType = table.typeOf(columns.time);
  return metricsTable(table, columns, groups.firstRow, rows, [
    { name: `from_${columns.time}`, type: timeType },
    { name: `to_${columns.time}`, type: timeType },
    { name: 'dcount_new_values', type: 'long' },
    { name: 'dcount_retained_values', type: 'long' },
    { name: 'dcount_churn_values', type: 'long' },
    { name: 'retention_rate', type: 'real' },
    { name: 'churn_rate', type: 'real' },
  ]);
}

function timelineOf(
  table: ColumnTable,
  columns: ActivityColumns,
  range: ActivityRange,
  appearances: readonly (readonly Appearance[])[],
): Timeline {
  const times = appearances.flatMap((rows) => rows.map((a) => a.time));
  return activityTimeline(range, times, table.typeOf(columns.time) === 'datetime');
}

/** The distinct ids of each period. */
function idsByPeriod(appearances: readonly Appearance[], timeline: Timeline): Set<string>[] {
  const ids = timeline.starts.map(() => new Set<string>());
  for (const { id, time } of appearances) {
    const period = timeline.periodOf(time);
    if (period >= 0) ids[period].add(id);
  }
  return ids;
}

function countIn(ids: ReadonlySet<string>, other: ReadonlySet<string>): number {
  let count = 0;
  for (const id of ids) if (other.has(id)) count++;
  return count;
}

/** The plugin's columns, then one column per dimension (its group's value). */
function metricsTable(
  table: ColumnTable,
  columns: ActivityColumns,
  firstRowOfGroup: Int32Array,
  rows: readonly MetricsRow[],
  outputs: readonly { readonly name: string; readonly type: KqlType }[],
): ColumnTable {
  const firstRows = Int32Array.from(rows, (r) => firstRowOfGroup[r.group]);
  const named: NamedColumn[] = [
    ...outputs.map(({ name, type }, i) => ({
      name,
      column: columnFromValues(
        type,
        rows.map((r) => r.values[i]),
      ),
    })),
    ...columns.dims.map((d) => ({ name: d, column: gatherColumn(table.column(d), firstRows) })),
  ];
  return ColumnTable.fromColumns(table.name, named);
}
