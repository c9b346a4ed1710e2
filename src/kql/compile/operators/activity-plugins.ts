import { activeUsersCount, activityCountsMetrics, dcountIntersect, rollingPercentile } from '../../engine/index.ts';
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
