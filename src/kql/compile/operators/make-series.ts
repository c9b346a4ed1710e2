import { Diagnostics } from '../../diagnostics/index.ts';
import { type MakeSeriesSpec, makeSeries, type SeriesAggregate } from '../../engine/index.ts';
import { type CallNode, create } from '../../syntax/index.ts';
import { compileAggregateCall, isAggregateCall } from '../compile-aggregate.ts';
import { compileExpression } from '../compile-expression.ts';
import { evaluateRowIndependent } from '../constants.ts';
import { ColumnNamer } from '../default-names.ts';
import { failedPlan, operatorPlan } from '../plan.ts';
import type { OperatorCompiler } from './index.ts';
import { compileKeys } from './summarize.ts';

/**
 * `make-series A = agg(x) default=D, … on Axis from F to T step S by Keys` (also `in range(F, T, S)`).
 * Bounds are evaluated when the query runs (they usually involve ago()/now()).
 */
export const compileMakeSeries: OperatorCompiler<'MakeSeriesOperator'> = (input, operator, env) => {
  const namer = new ColumnNamer(new Set());
  const keys = compileKeys(operator.by, env, namer);
  const aggregates: SeriesAggregate[] = [];
  for (const { item, defaultValue } of operator.aggregates) {
    if (!isAggregateCall(item.expr) && item.names.length === 0) {
      env.cx.report(
        Diagnostics.invalidArgument('make-series needs aggregate functions (count(), avg(x), …)', item.span),
      );
      return failedPlan();
    }
    // `other = -1 default = -2` (make-series-operator.md): a named plain expression is any value of the bin's rows.
    const call: CallNode =
      isAggregateCall(item.expr) && item.expr.kind === 'Call'
        ? item.expr
        : create({ kind: 'Call', name: 'take_any', nameSpan: item.span, args: [item.expr], span: item.span });
    const compiled = compileAggregateCall(call, item.names, env, namer);
    if (compiled && compiled.kind !== 'aggregate') {
      env.cx.report(Diagnostics.unsupportedConstruct(`${call.name}() with several columns in make-series`, item.span));
    }
    if (compiled?.kind !== 'aggregate') return failedPlan();
    const fill = defaultValue ? compileExpression(defaultValue, { ...env, columns: [] }) : undefined;
    aggregates.push({ ...compiled, defaultValue: fill ? evaluateRowIndependent(fill) : undefined });
  }
  const axisExpr = compileExpression(operator.on, env);
  const axis = { name: namer.nameFor(operator.on), expr: axisExpr };
  const rowless = { ...env, columns: [] };
  const [from, to, step] = [operator.from, operator.to, operator.step].map((n) =>
    n ? compileExpression(n, rowless) : undefined,
  );
  const numberOf = (e: typeof from) => {
    const v = e ? evaluateRowIndependent(e) : undefined;
    return typeof v === 'number' ? v : undefined;
  };
  return operatorPlan(
    [input],
    ([t]) => {
      const spec: MakeSeriesSpec = {
        aggregates,
        axis,
        keys,
        from: numberOf(from),
        to: numberOf(to),
        step: numberOf(step) ?? 0,
        nonEmpty: operator.options.some((o) => o.name === 'kind' && o.value === 'nonempty'),
      };
      return makeSeries(t, spec, env.cx.exec);
    },
    env.cx,
    operator.span,
  );
};
