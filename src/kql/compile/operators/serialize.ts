import { serialize } from '../../engine/index.ts';
import { operatorPlan } from '../plan.ts';
import { compileAssignments } from './extend.ts';
import type { OperatorCompiler } from './index.ts';

/** `serialize [A = expr, …]`: window functions in the assignments see the serialized rows. */
export const compileSerialize: OperatorCompiler<'SerializeOperator'> = (input, operator, env) => {
  const { assignments } = compileAssignments(operator.items, env);
  return operatorPlan([input], ([t]) => serialize(t, assignments, env.cx.exec), env.cx, operator.span);
};
