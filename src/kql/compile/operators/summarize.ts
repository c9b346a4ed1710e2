import { Diagnostics, type Span } from '../../diagnostics/index.ts';
import {
  columnRef,
  type ExtendAssignment,
  extend,
  type NamedExpr,
  projectAway,
  projectReorder,
  type SummarizeAggregate,
  summarize,
} from '../../engine/index.ts';
import { uniqueColumnName } from '../../engine/operators/names.ts';
import { lookupAggregateFunction, percentileColumnName } from '../../functions/index.ts';
import { type CallNode, create, type ExprNode, type NamedExpression } from '../../syntax/index.ts';
import type { KqlColumn, KqlType } from '../../types.ts';
import { aggregateDefaultName, compileAggregateCall, isAggregateCall } from '../compile-aggregate.ts';
import { compileExpression } from '../compile-expression.ts';
import { ColumnNamer, defaultNameOf } from '../default-names.ts';
import { type ExprEnv, withColumns } from '../env.ts';
import { KUSTO_FUNCTION_NAMES } from '../kusto-function-names.ts';
import { mapExpression } from '../map-expression.ts';
import { failedPlan, operatorPlan } from '../plan.ts';
import { replaceAggregates } from '../replace-aggregates.ts';
import type { OperatorCompiler } from './index.ts';

/** Group keys: `by A, B = expr, bin(T, 1h)`; dynamic keys are rejected as in Kusto. */
export function compileKeys(items: readonly NamedExpression[], env: ExprEnv, namer: ColumnNamer): NamedExpr[] {
  return items.map((item) => {
    const expr = compileExpression(item.expr, env);
    const name = namer.nameFor(item.expr, item.names[0]);
    if (expr.type === 'dynamic') env.cx.report(Diagnostics.dynamicGroupKey(name, item.expr.span));
    return { name, expr };
  });
}

/** Aggregates whose result spreads over one column per percent; percentilesw's percents follow its weight. */
const SPREAD_PERCENTILES = new Set(['percentiles', 'percentilesw']);

/**
 * `summarize Aggregates by Keys`. An aggregate may sit inside an expression
 * (`round(avg(x), 2)`, `count() * 2`): the inner aggregates become hidden columns and the
 * expression is computed over them afterwards.
 */
export const compileSummarize: OperatorCompiler<'SummarizeOperator'> = (input, operator, env) => {
  const namer = new ColumnNamer(new Set());
  const keys = compileKeys(operator.by, env, namer);
  const aggregates: SummarizeAggregate[] = [];
  // Computed over summarize's output once it is bound: expression items and percentiles() spreads.
  const post: ((env: ExprEnv) => ExtendAssignment)[] = [];
  const hidden: string[] = [];
  // The columns computed afterwards take the place of their item's first hidden aggregate (extend puts them last).
  const inPlaceOf = new Map<string, readonly string[]>();
  for (const item of operator.aggregates) {
    if (item.expr.kind === 'Call' && SPREAD_PERCENTILES.has(item.expr.name)) {
      const hiddenName = `__aggregate${hidden.length}`;
      hidden.push(hiddenName);
      const compiled = compileAggregateCall(item.expr, [hiddenName], env, namer);
      if (compiled?.kind !== 'aggregate') return failedPlan();
      aggregates.push(compiled);
      const spread = percentileColumns(item.expr, item.names, compiled.args[0]?.type ?? 'real', namer);
      post.push(() => ({ ...spread, expr: columnRef(hiddenName, 'dynamic') }));
      inPlaceOf.set(hiddenName, spread.names);
      continue;
    }
    if (isAggregateCall(item.expr)) {
      const compiled = compileAggregateCall(item.expr as CallNode, item.names, env, namer);
      if (!compiled) return failedPlan();
      aggregates.push(compiled);
      continue;
    }
    const { rewritten, calls } = replaceAggregates(item.expr, () => `__aggregate${hidden.length}`, hidden);
    if (calls.length === 0) {
      env.cx.report(notAnAggregate(item.expr, item.span));
      return failedPlan();
    }
    for (const { name, call } of calls) {
      const compiled = compileAggregateCall(call, [name], env, namer);
      if (!compiled) return failedPlan();
      aggregates.push(compiled);
    }
    const name = namer.nameFor(item.expr, item.names[0], defaultNameOf(withAggregateNames(item.expr)));
    post.push((postEnv) => ({ name, expr: compileExpression(rewritten, postEnv) }));
    inPlaceOf.set(calls[0].name, [name]);
  }
  const summarized = operatorPlan(
    [input],
    ([t]) => summarize(t, { keys, aggregates }, env.cx.exec),
    env.cx,
    operator.span,
  );
  if (post.length === 0 || summarized.failed) return summarized;
  const postEnv = withColumns(env, summarized.schema);
  const written = [...keys.map((k) => k.name), ...aggregates.flatMap((a) => (a.kind === 'aggregate' ? [a.name] : []))];
  const computed = post.map((assign) => assign(postEnv));
  const renamed = postNames(computed, summarized.schema, written, env, operator.span);
  if (!renamed) return failedPlan();
  const assignments = computed.map((assignment) => withNames(assignment, renamed));
  // Output order as written, arg_max(x, *)'s columns included: `arg_max(x, *), n = count() * 2` ends with n.
  const order = summarized.schema.flatMap(
    (column) =>
      inPlaceOf.get(column.name)?.map((name) => renamed.get(name) ?? name) ??
      (hidden.includes(column.name) ? [] : [column.name]),
  );
  return operatorPlan(
    [summarized],
    ([t]) =>
      projectReorder(
        projectAway(extend(t, assignments, env.cx.exec), hidden),
        order.map((pattern) => ({ pattern })),
      ),
    env.cx,
    operator.span,
  );
};

/**
 * The names of the columns computed after summarize, which extend would otherwise put in place of a summarize
 * column of the same name without a word (`n = count(), n = max(x) * 2` kept one n). As between aggregates
 * (engine/operators/summarize.ts): one named like a key, an aggregate or another such column is Kusto's KS171 error;
 * one named like a column arg_max/take_any returned takes Kusto's suffix (`arg_max(x, a), x = count() * 10` gives
 * x, a, x1). Returns the renamed ones, or undefined once the clash is reported.
 */
function postNames(
  assignments: readonly ExtendAssignment[],
  schema: readonly KqlColumn[],
  written: readonly string[],
  env: ExprEnv,
  span: Span,
): Map<string, string> | undefined {
  const taken = new Set(schema.map((c) => c.name));
  const settled = new Set(written);
  const renamed = new Map<string, string>();
  for (const assignment of assignments) {
    for (const name of 'name' in assignment ? [assignment.name] : assignment.names) {
      if (settled.has(name)) {
        env.cx.report(Diagnostics.invalidArgument(`summarize: two columns are named '${name}'`, span));
        return undefined;
      }
      settled.add(name);
      if (taken.has(name)) renamed.set(name, uniqueColumnName(name, taken));
      else taken.add(name);
    }
  }
  return renamed;
}

function withNames(assignment: ExtendAssignment, renamed: ReadonlyMap<string, string>): ExtendAssignment {
  if ('name' in assignment) return { ...assignment, name: renamed.get(assignment.name) ?? assignment.name };
  return { ...assignment, names: assignment.names.map((name) => renamed.get(name) ?? name) };
}

/**
 * Why a summarize item holds no aggregate: an aggregate Kusto has but this engine lacks (covariance, …), an
 * aggregate written without its argument list (`summarize count by X`, Kusto's KS117), or a plain expression.
 */
function notAnAggregate(expr: ExprNode, span: Span) {
  if (expr.kind === 'Call' && KUSTO_FUNCTION_NAMES.has(expr.name))
    return Diagnostics.unsupportedFunction(expr.name, expr.span);
  if (expr.kind === 'Name' && lookupAggregateFunction(expr.name)) {
    return Diagnostics.invalidArgument(
      `the aggregate function '${expr.name}' requires an argument list: write ${expr.name}(…)`,
      expr.span,
    );
  }
  return Diagnostics.invalidArgument('summarize needs aggregate functions (count(), max(x), …) before by', span);
}

/** The expression with each aggregate as a column of its default name, to name the expression after (Kusto.Language). */
function withAggregateNames(expr: ExprNode): ExprNode {
  return mapExpression(expr, (node) => {
    const name = node.kind === 'Call' && isAggregateCall(node) ? aggregateDefaultName(node) : undefined;
    return name === undefined ? undefined : create({ kind: 'Name', name, span: node.span });
  });
}

/**
 * `percentiles(x, 50, 95)` yields one column per percent (`percentile_x_50`, `percentile_x_95`),
 * typed like x (int widened to long, decimal to real); `(p50, p95) = percentiles(...)` names them.
 */
function percentileColumns(call: CallNode, names: readonly string[], argType: KqlType, namer: ColumnNamer) {
  const firstPercent = call.name === 'percentilesw' ? 2 : 1;
  const percents = call.args.slice(firstPercent).map((a) => (a.kind === 'Literal' ? Number(a.value) : Number.NaN));
  const type: KqlType = argType === 'int' ? 'long' : argType === 'decimal' ? 'real' : argType;
  const column = call.argNames?.[0] ?? (call.args[0] ? defaultNameOf(call.args[0]) : undefined);
  return {
    names: percents.map((p, i) => namer.nameFor(call, names[i], percentileColumnName(column, p))),
    types: percents.map(() => type),
  };
}
