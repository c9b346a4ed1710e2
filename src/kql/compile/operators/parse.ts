import { Diagnostics } from '../../diagnostics/index.ts';
import { failedPlan } from '../plan.ts';
import type { OperatorCompiler } from './index.ts';

/** `parse`: waiting for the engine's parse operator. */
export const compileParse: OperatorCompiler<'ParseOperator'> = (_input, operator, env) => {
  env.cx.report(Diagnostics.unsupportedOperator('parse', operator.span));
  return failedPlan();
};
