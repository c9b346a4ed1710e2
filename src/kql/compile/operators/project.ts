import { type ProjectItem, project } from '../../engine/index.ts';
import { compileExpression } from '../compile-expression.ts';
import { ColumnNamer } from '../default-names.ts';
import { operatorPlan } from '../plan.ts';
import type { OperatorCompiler } from './index.ts';

/** `project A, B = expr, tostring(x.y)` (the last is named `x_y`, as in Kusto). */
export const compileProject: OperatorCompiler<'ProjectOperator'> = (input, operator, env) => {
  const namer = new ColumnNamer(new Set());
  const items: ProjectItem[] = operator.items.map((item) => ({
    name: namer.nameFor(item.expr, item.names[0]),
    expr: compileExpression(item.expr, env),
  }));
  return operatorPlan([input], ([t]) => project(t, items, env.cx.exec), env.cx, operator.span);
};
