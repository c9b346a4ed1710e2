import { Diagnostics } from '../../diagnostics/index.ts';
import { where } from '../../engine/index.ts';
import { compileExpression } from '../compile-expression.ts';
import { operatorPlan } from '../plan.ts';
import type { OperatorCompiler } from './index.ts';
import { anyTextColumn } from './search.ts';

/** `where Predicate` (alias `filter`). */
export const compileWhere: OperatorCompiler<'WhereOperator'> = (input, operator, env) => {
  const written = operator.condition;
  // `where * has "x"`: the test applies to every text column, any of which may match.
  const condition =
    written.kind === 'Binary' && written.left.kind === 'Star'
      ? anyTextColumn(written.op, written.right, input.schema, written.span)
      : written;
  const predicate = compileExpression(condition, env);
  if (predicate.type !== 'bool' && predicate.type !== 'dynamic') {
    env.cx.report(
      Diagnostics.typeMismatch(`where needs a bool condition, got ${predicate.type}`, operator.condition.span),
    );
  }
  return operatorPlan([input], ([t]) => where(t, predicate, env.cx.exec), env.cx, operator.span);
};
