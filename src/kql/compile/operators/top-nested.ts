import { Diagnostics } from '../../diagnostics/index.ts';
import { type TopNestedLevel, topNested } from '../../engine/index.ts';
import { compileAggregateCall, isAggregateCall } from '../compile-aggregate.ts';
import { compileExpression } from '../compile-expression.ts';
import { evaluateRowIndependent } from '../constants.ts';
import { ColumnNamer } from '../default-names.ts';
import { failedPlan, operatorPlan } from '../plan.ts';
import { compileRowCount } from './constant-count.ts';
import type { OperatorCompiler } from './index.ts';

/** `top-nested … [, top-nested …]` (top-nested-operator.md); an unnamed aggregate is `aggregated_<Key>`. */
export const compileTopNested: OperatorCompiler<'TopNestedOperator'> = (input, operator, env) => {
  const namer = new ColumnNamer(new Set());
  // A count may be a scalar let (even toscalar()), so it is read when the query runs.
  const levels: (Omit<TopNestedLevel, 'count'> & { count?: () => number })[] = [];
  for (const clause of operator.clauses) {
    const keyName = namer.nameFor(clause.key.expr, clause.key.names[0]);
    const call = clause.aggregate.expr;
    if (!isAggregateCall(call) || call.kind !== 'Call') {
      env.cx.report(
        Diagnostics.invalidArgument('top-nested … by needs an aggregate (count(), max(x), …)', clause.span),
      );
      return failedPlan();
    }
    const names =
      clause.aggregate.names.length > 0
        ? clause.aggregate.names
        : [namer.nameFor(call, undefined, `aggregated_${keyName}`)];
    const aggregate = compileAggregateCall(call, names, env, namer);
    if (aggregate?.kind !== 'aggregate') {
      if (aggregate) {
        env.cx.report(
          Diagnostics.unsupportedConstruct(`${call.name}() with several columns in top-nested`, clause.span),
        );
      }
      return failedPlan();
    }
    const count = clause.count ? compileRowCount(clause.count, env) : undefined;
    const others = clause.others
      ? { value: evaluateRowIndependent(compileExpression(clause.others, { ...env, columns: [] })) }
      : undefined;
    levels.push({
      keyName,
      key: compileExpression(clause.key.expr, env),
      count,
      others,
      aggregate,
      ascending: clause.ascending,
    });
  }
  return operatorPlan(
    [input],
    ([t]) => {
      const counted: TopNestedLevel[] = levels.map((level) => ({ ...level, count: level.count?.() }));
      return topNested(t, counted, env.cx.exec);
    },
    env.cx,
    operator.span,
  );
};
