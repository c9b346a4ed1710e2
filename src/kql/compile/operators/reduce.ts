import { Diagnostics } from '../../diagnostics/index.ts';
import { reduce } from '../../engine/index.ts';
import { compileExpression } from '../compile-expression.ts';
import { failedPlan, operatorPlan } from '../plan.ts';
import type { OperatorCompiler } from './index.ts';

/** `reduce [kind=source] by Expr [with threshold=T, characters=C]` (reduce-operator.md). */
export const compileReduce: OperatorCompiler<'ReduceOperator'> = (input, operator, env) => {
  const property = (name: string) => operator.properties.find((p) => p.name === name)?.value;
  const threshold = Number(property('threshold') ?? '0.1');
  const kind = operator.options.find((o) => o.name === 'kind')?.value;
  if (!(threshold >= 0 && threshold <= 1) || (kind !== undefined && kind !== 'source')) {
    env.cx.report(
      Diagnostics.invalidArgument(
        'reduce: threshold must be between 0 and 1, and kind can only be source',
        operator.span,
      ),
    );
    return failedPlan();
  }
  const spec = {
    by: compileExpression(operator.by, env),
    threshold,
    characters: property('characters'),
    source: kind === 'source',
  };
  return operatorPlan([input], ([t]) => reduce(t, spec, env.cx.exec), env.cx, operator.span);
};
