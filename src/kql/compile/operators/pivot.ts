import { Diagnostics } from '../../diagnostics/index.ts';
import { formatValue } from '../../functions/index.ts';
import { type CallNode, create, type ExprNode, type NamedExpression } from '../../syntax/index.ts';
import { compileExpression } from '../compile-expression.ts';
import type { ExprEnv } from '../env.ts';
import { failedPlan, memoized, type TabularPlan } from '../plan.ts';
import { compileOperator } from './index.ts';

/** The conditional form of each aggregate pivot accepts (pivot-plugin.md lists them). */
const CONDITIONAL: Readonly<Record<string, string>> = {
  count: 'countif',
  sum: 'sumif',
  min: 'minif',
  max: 'maxif',
  avg: 'avgif',
  dcount: 'dcountif',
  take_any: 'take_anyif',
  any: 'anyif',
  make_set: 'make_set_if',
  make_list: 'make_list_if',
  make_bag: 'make_bag_if',
};

/**
 * `evaluate pivot(PivotColumn [, aggregate(x)] [, Col1, Col2 …])` (pivot-plugin.md): one row per
 * group of the listed columns (by default every column not pivoted or aggregated), one column per
 * distinct value of PivotColumn holding the aggregate (count() by default) of that value's rows.
 * Runs as `summarize ['v1'] = sumif(x, PivotColumn == v1), … by Col1, …`; the values come from
 * the data, so the input runs once at compile time.
 */
export function compilePivot(input: TabularPlan, call: CallNode, env: ExprEnv): TabularPlan {
  const [pivot, ...rest] = call.args;
  if (pivot?.kind !== 'Name') {
    env.cx.report(Diagnostics.invalidArgument('pivot: the first argument must be a column name', call.span));
    return failedPlan();
  }
  const aggregate: CallNode =
    rest[0]?.kind === 'Call'
      ? rest[0]
      : create({ kind: 'Call', name: 'count', nameSpan: call.span, args: [], span: call.span });
  const conditional = CONDITIONAL[aggregate.name];
  if (conditional === undefined) {
    env.cx.report(Diagnostics.unsupportedFunction(`pivot with ${aggregate.name}()`, aggregate.span));
    return failedPlan();
  }
  const listed = rest.slice(rest[0]?.kind === 'Call' ? 1 : 0);
  const used = new Set([pivot.name, ...namesIn(aggregate)]);
  const groups: ExprNode[] = listed.length
    ? listed
    : input.schema.filter((c) => !used.has(c.name)).map((c) => create({ kind: 'Name', name: c.name, span: call.span }));
  const source = memoized(input);
  const table = source.run().compact();
  const type = compileExpression(pivot, env).type;
  const values = [...new Set(table.columnValues(pivot.name))].filter((v) => v !== null && v !== undefined);
  const aggregates: NamedExpression[] = values.map((value) => {
    const test = create({
      kind: 'Binary',
      op: '==',
      left: pivot,
      right: create({ kind: 'Literal', type, value, span: call.span }),
      span: call.span,
    });
    const cell = create({ ...aggregate, name: conditional, args: [...aggregate.args, test] });
    return { names: [formatValue(value, type)], expr: zeroWhenEmpty(cell, aggregate, env), span: call.span };
  });
  const by = groups.map((expr) => ({ names: [], expr, span: expr.span }));
  return compileOperator(source, create({ kind: 'SummarizeOperator', aggregates, by, span: call.span }), env);
}

/** A sum over no rows of its value is 0 in a pivot's cells (pivot-plugin.md's examples), not null. */
function zeroWhenEmpty(cell: CallNode, aggregate: CallNode, env: ExprEnv): ExprNode {
  if (aggregate.name !== 'sum' || aggregate.args.length !== 1) return cell;
  const real = compileExpression(aggregate.args[0], env).type === 'real';
  const zero = create({ kind: 'Literal', type: real ? 'real' : 'long', value: 0, span: cell.span });
  return create({ kind: 'Call', name: 'coalesce', nameSpan: cell.span, args: [cell, zero], span: cell.span });
}

function namesIn(node: ExprNode): string[] {
  if (node.kind === 'Name') return [node.name];
  if (node.kind === 'Call') return node.args.flatMap(namesIn);
  if (node.kind === 'Binary') return [...namesIn(node.left), ...namesIn(node.right)];
  return [];
}
