import type { EvaluateOperator } from '../../syntax/index.ts';
import { compileBagUnpack } from './bag-unpack.ts';
import type { OperatorCompiler } from './index.ts';
import { compilePivot } from './pivot.ts';

/** `evaluate plugin(…)` for the plugins the parser accepts (EVALUATE_PLUGINS). */
export const compileEvaluate: OperatorCompiler<'EvaluateOperator'> = (input, operator: EvaluateOperator, env) =>
  operator.plugin.name === 'pivot'
    ? compilePivot(input, operator.plugin, env)
    : compileBagUnpack(input, operator.plugin, env);
