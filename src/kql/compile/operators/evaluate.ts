import type { CallNode, EvaluateOperator } from '../../syntax/index.ts';
import type { ExprEnv } from '../env.ts';
import type { TabularPlan } from '../plan.ts';
import {
  compileActiveUsersCount,
  compileActivityCountsMetrics,
  compileDcountIntersect,
  compileRollingPercentile,
} from './activity-plugins.ts';
import { compileBagUnpack } from './bag-unpack.ts';
import { compileGeoLookup } from './geo-lookup.ts';
import type { OperatorCompiler } from './index.ts';
import { compileIpLookup } from './ip-lookup.ts';
import { compilePivot } from './pivot.ts';
import { compileRowsNear } from './rows-near.ts';

type PluginCompiler = (input: TabularPlan, call: CallNode, env: ExprEnv) => TabularPlan;

/** One compiler per name in EVALUATE_PLUGINS (the parser accepts exactly those). */
const PLUGINS: Readonly<Record<string, PluginCompiler>> = {
  bag_unpack: compileBagUnpack,
  pivot: compilePivot,
  ipv4_lookup: compileIpLookup,
  ipv6_lookup: compileIpLookup,
  activity_counts_metrics: compileActivityCountsMetrics,
  active_users_count: compileActiveUsersCount,
  rolling_percentile: compileRollingPercentile,
  dcount_intersect: compileDcountIntersect,
  rows_near: compileRowsNear,
  geo_polygon_lookup: compileGeoLookup,
  geo_line_lookup: compileGeoLookup,
};

/** `evaluate plugin(…)` for the plugins the parser accepts (EVALUATE_PLUGINS). */
export const compileEvaluate: OperatorCompiler<'EvaluateOperator'> = (input, operator: EvaluateOperator, env) =>
  PLUGINS[operator.plugin.name](input, operator.plugin, env);
