import { Diagnostics } from '../../diagnostics/index.ts';
import { activeUsersCount, activityCountsMetrics, dcountIntersect, rollingPercentile } from '../../engine/index.ts';
import type { CallNode, ExprNode } from '../../syntax/index.ts';
import { compileExpression } from '../compile-expression.ts';
import { constantOf } from '../constants.ts';
import type { ExprEnv } from '../env.ts';
import { failedPlan, operatorPlan, type TabularPlan } from '../plan.ts';

/**
 * Reads a plugin's arguments: column names of the input and constant numbers (datetimes, timespans).
 * A wrong argument is reported once, naming the plugin's signature, and ends the plugin's compilation.
 */
class PluginArgs {
  constructor(
    private readonly call: CallNode,
    private readonly input: TabularPlan,
    private readonly env: ExprEnv,
    private readonly usage: string,
  ) {}

  column(i: number): string {
    const node = this.call.args[i];
    if (node?.kind === 'Name' && this.input.schema.some((c) => c.name === node.name)) return node.name;
    return this.fail();
  }

  columns(from: number): string[] {
    return this.call.args.slice(from).map((_, i) => this.column(from + i));
  }

  number(i: number, { positive = false } = {}): number {
    const node: ExprNode | undefined = this.call.args[i];
    const value = node && constantOf(compileExpression(node, this.env))?.value;
    const valid = typeof value === 'number' && Number.isFinite(value) && (!positive || value > 0);
    return valid ? value : this.fail();
  }

  fail(): never {
    this.env.cx.report(Diagnostics.invalidArgument(`${this.call.name}(${this.usage})`, this.call.span));
    throw new PluginArgumentError();
  }
}

/** Ends a plugin's compilation after PluginArgs reported what was wrong. */
class PluginArgumentError extends Error {}

function compilePlugin(
  input: TabularPlan,
  call: CallNode,
  env: ExprEnv,
  usage: string,
  build: (args: PluginArgs) => Parameters<typeof operatorPlan>[1],
): TabularPlan {
  const args = new PluginArgs(call, input, env, usage);
  try {
    const apply = build(args);
    return operatorPlan([input], apply, env.cx, call.span);
  } catch (error) {
    if (error instanceof PluginArgumentError) return failedPlan();
    throw error;
  }
}

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
