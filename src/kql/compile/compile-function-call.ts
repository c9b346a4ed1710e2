import { Diagnostics } from '../diagnostics/index.ts';
import type { CallNode } from '../syntax/index.ts';
import { compileExpression } from './compile-expression.ts';
import { type BodyResult, compileStatements } from './compile-statements.ts';
import { compileTabular } from './compile-tabular.ts';
import { contextForBody } from './defender-functions.ts';
import type { ExprEnv } from './env.ts';
import type { TabularPlan } from './plan.ts';
import type { Binding } from './scope.ts';

/** Nesting limit for user functions calling user functions (stops `let f = () { f() }`). */
const MAX_CALL_DEPTH = 32;

/**
 * Calls a `let` function by compiling its body at the call site with the parameters bound to
 * the arguments (Kusto semantics are those of inlining). Constant arguments stay constant, so
 * `table(tableName)` and `column_ifexists(...)` inside the body resolve at compile time.
 * `piped` is the input table of `T | invoke f()`, bound to the first parameter.
 */
export function invokeUserFunction(
  node: CallNode,
  binding: Extract<Binding, { kind: 'function' }>,
  env: ExprEnv,
  piped?: TabularPlan,
): BodyResult | undefined {
  const { parameters, body } = binding.declaration;
  const args = [...node.args];
  const params = piped ? parameters.slice(1) : parameters;
  const required = params.filter((p) => !p.defaultValue).length;
  if (args.length < required || args.length > params.length) {
    const expected = required === params.length ? `${required}` : `${required} to ${params.length}`;
    env.cx.report(Diagnostics.wrongArgumentCount(node.name, expected, args.length, node.span));
    return undefined;
  }
  if (env.cx.callDepth >= MAX_CALL_DEPTH) {
    env.cx.report(Diagnostics.unsupportedConstruct(`function '${node.name}' calls itself too deeply`, node.span));
    return undefined;
  }
  // Each call inlines the body: f calling g twice, g calling h twice, … doubles the work at every level,
  // so a few lines can take hours to compile. The run's timeout covers compiling too.
  env.cx.exec.checkDeadline();
  const scope = binding.scope.child();
  if (piped) scope.define(parameters[0].name, { kind: 'tabular', plan: piped });
  params.forEach((param, i) => {
    const arg = args[i] ?? param.defaultValue;
    if (!arg) return;
    if (param.type === 'table') scope.define(param.name, { kind: 'tabular', plan: compileTabular(arg, env) });
    else scope.define(param.name, { kind: 'scalar', expr: compileExpression(arg, env) });
  });
  env.cx.callDepth++;
  try {
    const result = compileStatements(body, { ...env, scope, cx: contextForBody(binding.declaration, node, env.cx) });
    if (!result) env.cx.report(Diagnostics.missingExpression(binding.declaration.span));
    return result;
  } finally {
    env.cx.callDepth--;
  }
}
