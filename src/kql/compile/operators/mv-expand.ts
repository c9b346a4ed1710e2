import { Diagnostics } from '../../diagnostics/index.ts';
import { type MvExpandColumn, mvExpand } from '../../engine/index.ts';
import { compileExpression } from '../compile-expression.ts';
import { ColumnNamer } from '../default-names.ts';
import { operatorPlan } from '../plan.ts';
import { compileRowCount } from './constant-count.ts';
import type { OperatorCompiler } from './index.ts';

/** `mv-expand [kind=array|bagexpansion=array] [with_itemindex=I] A [to typeof(T)], B = expr … [limit N]` (alias `mvexpand`). */
export const compileMvExpand: OperatorCompiler<'MvExpandOperator'> = (input, operator, env) => {
  const namer = new ColumnNamer(new Set());
  const columns: MvExpandColumn[] = operator.items.map(({ item, toType }) => {
    if (item.names.length > 1) {
      env.cx.report(Diagnostics.invalidArgument('mv-expand assigns one name per expression', item.span));
    }
    return { name: namer.nameFor(item.expr, item.names[0]), expr: compileExpression(item.expr, env), toType };
  });
  const option = (name: string) => operator.options.find((o) => o.name === name)?.value;
  const limit = operator.limit ? compileRowCount(operator.limit, env) : undefined;
  // `kind=array` is the documented spelling (mv-expand-operator.md); `bagexpansion=array` the older one.
  const kind = option('kind') === 'array' || option('bagexpansion') === 'array' ? 'array' : 'bag';
  const itemIndex = option('with_itemindex');
  return operatorPlan(
    [input],
    ([t], shapeOnly) => mvExpand(t, { columns, kind, itemIndex, limit: shapeOnly ? 0 : limit?.() }, env.cx.exec),
    env.cx,
    operator.span,
  );
};
