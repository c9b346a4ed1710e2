import { columnRef, project } from '../../engine/index.ts';
import type { CallNode, ColumnDeclaration, EvaluateOperator } from '../../syntax/index.ts';
import { constant } from '../constants.ts';
import type { ExprEnv } from '../env.ts';
import { operatorPlan, type TabularPlan } from '../plan.ts';
import {
  compileActiveUsersCount,
  compileActivityCountsMetrics,
  compileActivityMetrics,
  compileDcountIntersect,
  compileNewActivityMetrics,
  compileRollingPercentile,
  compileSlidingWindowCounts,
} from './activity-plugins.ts';
import { compileBagUnpack } from './bag-unpack.ts';
import { compileGeoLookup } from './geo-lookup.ts';
import type { OperatorCompiler } from './index.ts';
import { compileIpLookup } from './ip-lookup.ts';
import { compilePivot } from './pivot.ts';
import { compileRowsNear } from './rows-near.ts';
import { compileSequenceDetect } from './sequence-detect.ts';

type PluginCompiler = (input: TabularPlan, call: CallNode, env: ExprEnv) => TabularPlan;

/** One compiler per name in EVALUATE_PLUGINS (the parser accepts exactly those). */
const PLUGINS: Readonly<Record<string, PluginCompiler>> = {
  bag_unpack: compileBagUnpack,
  pivot: compilePivot,
  ipv4_lookup: compileIpLookup,
  ipv6_lookup: compileIpLookup,
  activity_counts_metrics: compileActivityCountsMetrics,
  activity_metrics: compileActivityMetrics,
  new_activity_metrics: compileNewActivityMetrics,
  active_users_count: compileActiveUsersCount,
  rolling_percentile: compileRollingPercentile,
  sliding_window_counts: compileSlidingWindowCounts,
  dcount_intersect: compileDcountIntersect,
  rows_near: compileRowsNear,
  geo_polygon_lookup: compileGeoLookup,
  geo_line_lookup: compileGeoLookup,
  sequence_detect: compileSequenceDetect,
};

/** `evaluate plugin(…)` for the plugins the parser accepts (EVALUATE_PLUGINS). */
export const compileEvaluate: OperatorCompiler<'EvaluateOperator'> = (input, operator: EvaluateOperator, env) => {
  const plan = PLUGINS[operator.plugin.name](input, operator.plugin, env);
  return operator.outputSchema ? withDeclaredSchema(input, plan, operator.outputSchema, operator, env) : plan;
};

/**
 * `evaluate pivot(x) : (A:long, B:long)`: the declared columns, in the declared order; one the plugin did
 * not produce (a pivot value absent from the data) is a column of nulls of its declared type.
 * `: (*, A:long)` puts first the input's columns that the plugin kept (bag_unpack drops the bag it unpacks).
 */
function withDeclaredSchema(
  input: TabularPlan,
  plan: TabularPlan,
  declared: readonly ColumnDeclaration[],
  operator: EvaluateOperator,
  env: ExprEnv,
): TabularPlan {
  const names = new Set(declared.map((d) => d.name));
  const kept = operator.keepsInputColumns
    ? input.schema.filter((c) => !names.has(c.name) && plan.schema.some((p) => p.name === c.name))
    : [];
  return operatorPlan(
    [plan],
    ([table]) =>
      project(
        table,
        [
          ...kept.map(({ name, type }) => ({ name, expr: columnRef(name, type) })),
          ...declared.map(({ name, type }) => {
            const produced = table.columns.find((column) => column.name === name);
            return { name, expr: produced ? columnRef(name, produced.type) : constant(null, type) };
          }),
        ],
        env.cx.exec,
      ),
    env.cx,
    operator.span,
  );
}
