import { Diagnostics } from '../../diagnostics/index.ts';
import { type ScanStep, scan, scanScope } from '../../engine/index.ts';
import { create, type ExprNode, type ScanOperator } from '../../syntax/index.ts';
import { compileExpression } from '../compile-expression.ts';
import { constantOf } from '../constants.ts';
import type { ExprEnv } from '../env.ts';
import { mapExpression } from '../map-expression.ts';
import { failedPlan, operatorPlan } from '../plan.ts';
import type { OperatorCompiler } from './index.ts';

/** `scan` (scan-operator.md): steps see the record's columns and the state as `step.column`. */
export const compileScan: OperatorCompiler<'ScanOperator'> = (input, operator, env) => {
  const declared = operator.declarations.map((d) => {
    const value = d.defaultValue === undefined ? undefined : constantOf(compileExpression(d.defaultValue, env));
    if (d.defaultValue !== undefined && value === undefined) {
      env.cx.report(Diagnostics.invalidArgument(`scan: the default of '${d.name}' must be a constant`, d.span));
    }
    return { name: d.name, type: d.type, defaultValue: value?.value ?? (d.type === 'string' ? '' : null) };
  });
  const stepNames = new Set(operator.steps.map((s) => s.name));
  const scopeEnv: ExprEnv = { ...env, columns: scanScope(input.schema, { declared, steps: operator.steps }) };
  const compile = (node: ExprNode) => compileExpression(stateReferences(node, stepNames), scopeEnv);
  const steps: ScanStep[] = operator.steps.map((step) => ({
    name: step.name,
    output: step.output,
    condition: compile(step.condition),
    assignments: step.assignments.map((a) => {
      const column = a.names[0] ?? '';
      if (!declared.some((d) => d.name === column)) {
        env.cx.report(
          Diagnostics.invalidArgument(`scan: step '${step.name}' assigns '${column}', which is not declared`, a.span),
        );
      }
      return { column, expr: compile(a.expr) };
    }),
  }));
  if (!validSteps(operator, env)) return failedPlan();
  const spec = { declared, steps, matchIdColumn: operator.matchIdColumn };
  return operatorPlan([input], ([t]) => scan(t, spec, env.cx.exec), env.cx, operator.span);
};

function validSteps(operator: ScanOperator, env: ExprEnv): boolean {
  if (operator.steps.length === 0) {
    env.cx.report(Diagnostics.invalidArgument('scan needs at least one step', operator.span));
    return false;
  }
  const names = operator.steps.map((s) => s.name);
  const repeated = names.find((name, i) => names.indexOf(name) !== i);
  if (repeated !== undefined) {
    env.cx.report(Diagnostics.invalidArgument(`scan: step name '${repeated}' is used twice`, operator.span));
    return false;
  }
  return true;
}

/** `s1.x` where s1 is a step becomes the scope column named `s1.x`; everything else is kept. */
function stateReferences(node: ExprNode, steps: ReadonlySet<string>): ExprNode {
  return mapExpression(node, (n) =>
    n.kind === 'Path' && n.target.kind === 'Name' && steps.has(n.target.name)
      ? create({ kind: 'Name', name: `${n.target.name}.${n.member}`, span: n.span })
      : undefined,
  );
}
