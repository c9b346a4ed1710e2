import { type SortKey, sort, top } from '../../engine/index.ts';
import type { SortKey as SyntaxSortKey } from '../../syntax/index.ts';
import { compileExpression } from '../compile-expression.ts';
import type { ExprEnv } from '../env.ts';
import { operatorPlan } from '../plan.ts';
import { compileRowCount } from './constant-count.ts';
import type { OperatorCompiler } from './index.ts';

function sortKey(key: SyntaxSortKey, env: ExprEnv): SortKey {
  return { expr: compileExpression(key.expr, env), descending: key.descending, nulls: key.nulls };
}

/** `sort by A [asc|desc] [nulls first|last], …` (alias `order by`; Kusto's default is desc). */
export const compileSort: OperatorCompiler<'SortOperator'> = (input, operator, env) => {
  const keys = operator.keys.map((k) => sortKey(k, env));
  return operatorPlan([input], ([t]) => sort(t, keys, env.cx.exec), env.cx, operator.span);
};

/** `top N by A [asc|desc]`. */
export const compileTop: OperatorCompiler<'TopOperator'> = (input, operator, env) => {
  const count = compileRowCount(operator.count, env);
  const key = sortKey(operator.key, env);
  return operatorPlan(
    [input],
    ([t], shapeOnly) => top(t, shapeOnly ? 0 : count(), [key], env.cx.exec),
    env.cx,
    operator.span,
  );
};
