import {
  ColumnTable,
  columnWriter,
  gatherColumn,
  type MvExpandColumn,
  mvExpand,
  type NamedColumn,
} from '../../engine/index.ts';
import { compileExpression } from '../compile-expression.ts';
import { ColumnNamer } from '../default-names.ts';
import { emptyTableOf, operatorPlan, type TabularPlan } from '../plan.ts';
import type { OperatorCompiler } from './index.ts';
import { compileOperator } from './index.ts';

/**
 * `mv-apply [with_itemindex=I] x = expr [to typeof(T)] on (subquery)`: for each input row, the expanded values form
 * a small table that the subquery runs over; each result row is paired with the input row's other
 * columns. The subquery is compiled once and re-run per row over the row's expansion.
 */
export const compileMvApply: OperatorCompiler<'MvApplyOperator'> = (input, operator, env) => {
  const namer = new ColumnNamer(new Set());
  const columns: MvExpandColumn[] = operator.items.map(({ item, toType }) => ({
    name: namer.nameFor(item.expr, item.names[0]),
    expr: compileExpression(item.expr, env),
    toType,
  }));
  const spec = { columns, itemIndex: operator.options.find((o) => o.name === 'with_itemindex')?.value };
  let current: ColumnTable | undefined;
  const expandedShape = mvExpand(emptyTableOf(input), spec, env.cx.exec);
  const rowInput: TabularPlan = {
    schema: expandedShape.columns,
    run: () => current ?? expandedShape,
  };
  let subquery = rowInput;
  for (const op of operator.subquery) subquery = compileOperator(subquery, op, env);
  if (subquery.failed) return subquery;
  const outputNames = new Set([...subquery.schema.map((c) => c.name), ...columns.map((c) => c.name)]);
  return operatorPlan(
    [input],
    ([table]) => {
      const results: ColumnTable[] = [];
      const origins: number[] = [];
      for (const row of table.rows()) {
        current = mvExpand(table.withSelection(Int32Array.of(row)), spec, env.cx.exec);
        const result = subquery.run();
        results.push(result);
        for (let i = 0; i < result.rowCount; i++) origins.push(row);
      }
      current = undefined;
      const originRows = Int32Array.from(origins);
      const kept: NamedColumn[] = table
        .namedColumns()
        .filter((c) => !outputNames.has(c.name))
        .map((c) => ({ name: c.name, column: gatherColumn(c.column, originRows) }));
      return ColumnTable.fromColumns(table.name, [
        ...kept,
        ...concatenate(subquery.schema, results, originRows.length),
      ]);
    },
    env.cx,
    operator.span,
  );
};

/** Stacks the per-row subquery results (all of the subquery's schema) into dense columns. */
function concatenate(schema: TabularPlan['schema'], results: readonly ColumnTable[], total: number): NamedColumn[] {
  return schema.map(({ name, type }) => {
    const writer = columnWriter(type, total);
    let at = 0;
    for (const result of results) {
      const column = result.column(name);
      for (const row of result.rows()) writer.set(at++, column.get(row));
    }
    return { name, column: writer.finish() };
  });
}
