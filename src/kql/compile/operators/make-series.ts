import { Diagnostics } from '../../diagnostics/index.ts';
import { failedPlan } from '../plan.ts';
import type { OperatorCompiler } from './index.ts';

/** `make-series`: waiting for the engine's make-series operator. */
export const compileMakeSeries: OperatorCompiler<'MakeSeriesOperator'> = (_input, operator, env) => {
  env.cx.report(Diagnostics.unsupportedOperator('make-series', operator.span));
  return failedPlan();
};
