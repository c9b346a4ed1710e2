import { distinct } from '../../engine/index.ts';
import { compileExpression } from '../compile-expression.ts';
import { ColumnNamer } from '../default-names.ts';
import { operatorPlan } from '../plan.ts';
import type { OperatorCompiler } from './index.ts';

/** `distinct A, B` / `distinct *`. */
export const compileDistinct: OperatorCompiler<'DistinctOperator'> = (input, operator, env) => {
  const namer = new ColumnNamer(new Set());
  const items =
    operator.columns.length === 0
      ? '*'
      : operator.columns.map((c) => ({ name: namer.nameFor(c), expr: compileExpression(c, env) }));
  return operatorPlan([input], ([t]) => distinct(t, items, env.cx.exec), env.cx, operator.span);
};
