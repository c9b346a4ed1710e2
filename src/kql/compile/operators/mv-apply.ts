import { Diagnostics } from '../../diagnostics/index.ts';
import { failedPlan } from '../plan.ts';
import type { OperatorCompiler } from './index.ts';

/** `mv-apply`: not implemented by the embedded engine. */
export const compileMvApply: OperatorCompiler<'MvApplyOperator'> = (_input, operator, env) => {
  env.cx.report(Diagnostics.unsupportedOperator('mv-apply', operator.span));
  return failedPlan();
};
