import { type CompiledExpr, type ProjectItem, project } from '../../engine/index.ts';
import type { MultiColumnResult } from '../../functions/index.ts';
import type { CallNode } from '../../syntax/index.ts';
import { compileExpression } from '../compile-expression.ts';
import { ColumnNamer } from '../default-names.ts';
import type { ExprEnv } from '../env.ts';
import { operatorPlan } from '../plan.ts';
import { multiColumnNames, multiColumnOf } from './extend.ts';
import type { OperatorCompiler } from './index.ts';

/**
 * `project series_stats(x)` spreads over the function's columns as extend does
 * (series-stats-function.md); each column reads its part of the one result.
 */
export function spreadColumns(
  call: CallNode,
  given: readonly string[],
  multi: MultiColumnResult,
  env: ExprEnv,
): ProjectItem[] {
  const expr = compileExpression(call, env);
  return multiColumnNames(call, given, multi).map((name, index) => {
    const part: CompiledExpr = {
      type: multi.columns[index]?.type ?? 'dynamic',
      bind(table) {
        const read = expr.bind(table);
        return (row) => multi.split(read(row))[index] ?? null;
      },
    };
    return { name, expr: part };
  });
}

/** `project A, B = expr, tostring(x.y)` (the last is named `x_y`, as in Kusto). */
export const compileProject: OperatorCompiler<'ProjectOperator'> = (input, operator, env) => {
  const namer = new ColumnNamer(new Set());
  const items: ProjectItem[] = operator.items.flatMap((item) => {
    const spread = multiColumnOf(item.expr);
    if (spread) return spreadColumns(spread.call, item.names, spread.multi, env);
    return [{ name: namer.nameFor(item.expr, item.names[0]), expr: compileExpression(item.expr, env) }];
  });
  return operatorPlan([input], ([t]) => project(t, items, env.cx.exec), env.cx, operator.span);
};
