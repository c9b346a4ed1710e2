import { distinct } from '../../engine/index.ts';
import { compileExpression } from '../compile-expression.ts';
import { ColumnNamer } from '../default-names.ts';
import { operatorPlan } from '../plan.ts';
import type { OperatorCompiler } from './index.ts';

/** `distinct A, B` / `distinct *`; `distinct x = tolower(A)` names an item as project does. */
export const compileDistinct: OperatorCompiler<'DistinctOperator'> = (input, operator, env) => {
  const namer = new ColumnNamer(new Set());
  const items =
    operator.columns.length === 0
      ? '*'
      : operator.columns.map((item) => ({
          name: namer.nameFor(item.expr, item.names[0]),
          expr: compileExpression(item.expr, env),
        }));
  return operatorPlan([input], ([t]) => distinct(t, items, env.cx.exec), env.cx, operator.span);
};
