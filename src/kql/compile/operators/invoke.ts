import { Diagnostics, didYouMean } from '../../diagnostics/index.ts';
import { invokeUserFunction } from '../compile-function-call.ts';
import type { ExprEnv } from '../env.ts';
import { failedPlan, memoized, type TabularPlan } from '../plan.ts';
import { isServiceFunction } from '../service-functions.ts';
import { compileFileProfile } from './file-profile.ts';
import type { OperatorCompiler } from './index.ts';

/** `T | invoke f(args)`: calls a tabular `let` function with T as its first parameter. */
export const compileInvoke: OperatorCompiler<'InvokeOperator'> = (input, operator, env) => {
  const call = operator.call;
  const binding = call.kind === 'Call' ? env.scope.lookup(call.name) : undefined;
  if (call.kind === 'Call' && binding === undefined && call.name === 'FileProfile') {
    return compileFileProfile(input, call, env);
  }
  if (call.kind === 'Call' && binding?.kind !== 'function' && isServiceFunction(call.name)) {
    // `invoke SeenBy()`, `invoke DeviceFromIP()`: Defender's built-in functions the local engine does not run.
    env.cx.report(Diagnostics.unsupportedFunction(call.name, call.nameSpan));
    return failedPlan();
  }
  if (call.kind === 'Call' && binding === undefined) {
    // `invoke AWSIdentityRole()`, a function saved in a workspace: the syntax is right, the name is not known here.
    env.cx.report(Diagnostics.unknownFunction(call.name, didYouMean(call.name, letFunctionNames(env)), call.nameSpan));
    return failedPlan();
  }
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

/** The let-defined functions `invoke` could call from here. */
function letFunctionNames(env: ExprEnv): string[] {
  return env.scope.names().filter((name) => env.scope.lookup(name)?.kind === 'function');
}

/**
 * `as Name`: names the result (union's withsource shows it) and lets the rest of the query read it
 * by that name (`T | as X | extend total = toscalar(X | count)`); the rows pass through, computed once.
 */
export const compileAs: OperatorCompiler<'AsOperator'> = (input, operator, env): TabularPlan => {
  const named = memoized({ ...input, run: () => input.run().withName(operator.name) });
  if (operator.name !== '') env.scope.define(operator.name, { kind: 'tabular', plan: named });
  return named;
};
