import { take } from '../../engine/index.ts';
import { operatorPlan } from '../plan.ts';
import { compileRowCount } from './constant-count.ts';
import type { OperatorCompiler } from './index.ts';

/** `take N` / `limit N`. */
export const compileTake: OperatorCompiler<'TakeOperator'> = (input, operator, env) => {
  const count = compileRowCount(operator.count, env);
  return operatorPlan([input], ([t], shapeOnly) => take(t, shapeOnly ? 0 : count()), env.cx, operator.span);
};

/**
 * `sample N`: Kusto picks N arbitrary rows. The embedded engine takes the first N, so hunts and
 * tests stay reproducible.
 */
export const compileSample: OperatorCompiler<'SampleOperator'> = (input, operator, env) => {
  const count = compileRowCount(operator.count, env);
  return operatorPlan([input], ([t], shapeOnly) => take(t, shapeOnly ? 0 : count()), env.cx, operator.span);
};
