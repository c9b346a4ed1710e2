import {
  activeUsersCount,
  activityCountsMetrics,
  activityMetrics,
  type ColumnTable,
  dcountIntersect,
  newActivityMetrics,
  rollingPercentile,
  slidingWindowCounts,
} from '../../engine/index.ts';
import { valueKey } from '../../functions/index.ts';
import type { CallNode } from '../../syntax/index.ts';
import type { ExprEnv } from '../env.ts';
import type { TabularPlan } from '../plan.ts';
import { compilePlugin } from './plugin-args.ts';

/** activity-counts-metrics-plugin.md */
export const compileActivityCountsMetrics = (input: TabularPlan, call: CallNode, env: ExprEnv) =>
  compilePlugin(input, call, env, 'IdColumn, TimelineColumn, Start, End, Window [, dim, …]', (args) => {
    const columns = { id: args.column(0), time: args.column(1), dims: args.columns(5) };
    const range = { start: args.number(2), end: args.number(3), window: args.number(4, { positive: true }) };
    return ([t]) => activityCountsMetrics(t, columns, range, env.cx.exec);
  });

/** activity-metrics-plugin.md: Start and End may be left out (the periods then span the data). */
export const compileActivityMetrics = (input: TabularPlan, call: CallNode, env: ExprEnv) =>
  compilePlugin(input, call, env, 'IdColumn, TimelineColumn, [Start, End,] Window [, dim, …]', (args) => {
    const ranged = call.args.length > 4 && !args.isColumn(3);
    const columns = { id: args.column(0), time: args.column(1), dims: args.columns(ranged ? 5 : 3) };
    const range = ranged
      ? { start: args.number(2), end: args.number(3), window: args.window(4) }
      : { window: args.window(2) };
    return ([t]) => activityMetrics(t, columns, range, env.cx.exec);
  });

/** new-activity-metrics-plugin.md: after Window, an optional Cohort, dimensions, and an optional Lookback table. */
export const compileNewActivityMetrics = (input: TabularPlan, call: CallNode, env: ExprEnv) =>
  compilePlugin(
    input,
    call,
    env,
    'IdColumn, TimelineColumn, Start, End, Window [, Cohort] [, dim, …] [, Lookback]',
    (args) => {
      const last = call.args.length - 1;
      const hasLookback = last > 4 && args.isTable(last);
      const lookback = hasLookback ? args.table(last) : undefined;
      const cohortGiven = call.args.length > 5 && !args.isColumn(5) && !(hasLookback && last === 5);
      const cohort = cohortGiven ? args.number(5) : undefined;
      const firstDim = cohort === undefined ? 5 : 6;
      const dimCount = (lookback === undefined ? call.args.length : last) - firstDim;
      const dims = Array.from({ length: Math.max(0, dimCount) }, (_, i) => args.column(firstDim + i));
      const columns = { id: args.column(0), time: args.column(1), dims };
      const spec = { start: args.number(2), end: args.number(3), window: args.window(4), cohort };
      return ([t, ...tables]) => {
        const lookbackIds = lookback === undefined ? undefined : idsOf(tables[lookback - 1], columns.id);
        return newActivityMetrics(t, columns, { ...spec, lookbackIds }, env.cx.exec);
      };
    },
  );

/** The ids in a Lookback table's column of the same name as the IdColumn (none when it has no such column). */
function idsOf(table: ColumnTable, idColumn: string): Set<string> {
  const ids = new Set<string>();
  if (!table.columns.some((c) => c.name === idColumn)) return ids;
  const column = table.column(idColumn);
  for (const row of table.rows()) {
    const id = column.get(row);
    if (id !== null && id !== '') ids.add(valueKey(id));
  }
  return ids;
}

/** sliding-window-counts-plugin.md */
export const compileSlidingWindowCounts = (input: TabularPlan, call: CallNode, env: ExprEnv) =>
  compilePlugin(input, call, env, 'IdColumn, TimelineColumn, Start, End, LookbackWindow, Bin [, dim, …]', (args) => {
    const columns = { id: args.column(0), time: args.column(1), dims: args.columns(6) };
    const spec = {
      start: args.number(2),
      end: args.number(3),
      lookback: args.number(4, { positive: true }),
      bin: args.window(5),
    };
    return ([t]) => slidingWindowCounts(t, columns, spec, env.cx.exec);
  });

/** active-users-count-plugin.md */
export const compileActiveUsersCount = (input: TabularPlan, call: CallNode, env: ExprEnv) =>
  compilePlugin(
    input,
    call,
    env,
    'IdColumn, TimelineColumn, Start, End, LookbackWindow, Period, ActivePeriodsCount, Bin [, dim, …]',
    (args) => {
      const columns = { id: args.column(0), time: args.column(1), dims: args.columns(8) };
      const spec = {
        start: args.number(2),
        end: args.number(3),
        lookback: args.number(4),
        period: args.number(5, { positive: true }),
        activePeriods: args.number(6),
        bin: args.number(7, { positive: true }),
      };
      return ([t]) => activeUsersCount(t, columns, spec, env.cx.exec);
    },
  );

/** rolling-percentile-plugin.md */
export const compileRollingPercentile = (input: TabularPlan, call: CallNode, env: ExprEnv) =>
  compilePlugin(input, call, env, 'ValueColumn, Percentile, IndexColumn, BinSize, BinsWindow [, dim, …]', (args) => {
    const value = args.column(0);
    const percent = args.number(1);
    const binsWindow = args.number(4, { positive: true });
    const spec = {
      value,
      percent,
      index: args.column(2),
      binSize: args.number(3, { positive: true }),
      binsWindow,
      dims: args.columns(5),
      outputName: `rolling_${binsWindow}_percentile_${value}_${String(percent).replace('.', '_')}`,
    };
    return ([t]) => rollingPercentile(t, spec, env.cx.exec);
  });

/** dcount-intersect-plugin.md */
export const compileDcountIntersect = (input: TabularPlan, call: CallNode, env: ExprEnv) =>
  compilePlugin(input, call, env, 'hll_1, hll_2 [, hll_3, …]', (args) => {
    const sketches = args.columns(0);
    if (sketches.length < 2) args.fail();
    return ([t]) => dcountIntersect(t, sketches, env.cx.exec);
  });
