import { Diagnostics } from '../../diagnostics/index.ts';
import { invokeUserFunction } from '../compile-function-call.ts';
import { failedPlan, type TabularPlan } from '../plan.ts';
import type { OperatorCompiler } from './index.ts';

/** `T | invoke f(args)`: calls a tabular `let` function with T as its first parameter. */
export const compileInvoke: OperatorCompiler<'InvokeOperator'> = (input, operator, env) => {
  const call = operator.call;
  const binding = call.kind === 'Call' ? env.scope.lookup(call.name) : undefined;
  if (call.kind !== 'Call' || binding?.kind !== 'function') {
    env.cx.report(
      Diagnostics.invalidArgument('invoke needs a call of a let-defined function: invoke f(...)', call.span),
    );
    return failedPlan();
  }
  const result = invokeUserFunction(call, binding, env, input);
  if (result?.kind === 'tabular') return result.plan;
  if (result) env.cx.report(Diagnostics.notTabular(`${call.name}(...)`, call.span));
  return failedPlan();
};

/** `as Name`: names the result (union's withsource shows it); the rows pass through. */
export const compileAs: OperatorCompiler<'AsOperator'> = (input, operator): TabularPlan => ({
  ...input,
  run: () => input.run().withName(operator.name),
});
