import { Diagnostics } from '../diagnostics/index.ts';
import { ColumnTable, columnFromValues } from '../engine/index.ts';
import type { DatatableNode, ExprNode, PrintNode, RangeNode } from '../syntax/index.ts';
import { compileExpression } from './compile-expression.ts';
import { constantOf, evaluateRowIndependent } from './constants.ts';
import { valueAsDeclared } from './declared-type-value.ts';
import { ColumnNamer, defaultNameOf } from './default-names.ts';
import type { ExprEnv } from './env.ts';
import { multiColumnOf } from './operators/extend.ts';
import { spreadColumns } from './operators/project.ts';
import { failedPlan, type TabularPlan } from './plan.ts';

/** `datatable(a:string, b:long) [ "x", 1, ... ]`: a constant table built at compile time. */
export function datatablePlan(node: DatatableNode, env: ExprEnv): TabularPlan {
  const width = node.columns.length;
  const schema = node.columns.map((c) => ({ name: c.name, type: c.type }));
  if (width === 0 || node.values.length % width !== 0) {
    env.cx.report(
      Diagnostics.invalidArgument(
        `datatable: ${node.values.length} values do not fill rows of ${width} columns`,
        node.span,
      ),
    );
    return failedPlan(schema);
  }
  const columns: unknown[][] = node.columns.map(() => []);
  let mismatched = false;
  node.values.forEach((valueNode, i) => {
    const column = node.columns[i % width];
    const value = compileExpression(valueNode, { ...env, columns: [] });
    const known = constantOf(value);
    const converted = known && valueAsDeclared(known.value, value.type, column.type);
    if (!converted) {
      const given = known ? `, not a ${value.type}` : '';
      env.cx.report(
        Diagnostics.typeMismatch(
          `datatable: column '${column.name}' needs a constant ${column.type}${given}`,
          valueNode.span,
        ),
      );
      mismatched = true;
      return;
    }
    columns[i % width].push(converted.value);
  });
  // A value left out leaves its column short of rows: the table cannot be built, the diagnostic says why.
  if (mismatched) return failedPlan(schema);
  const table = ColumnTable.fromColumns(
    'datatable',
    node.columns.map((c, i) => ({ name: c.name, column: columnFromValues(c.type, columns[i]) })),
  );
  return { schema, run: () => table };
}

/** `print a = 1, b = now()`: one row. */
export function printPlan(node: PrintNode, env: ExprEnv): TabularPlan {
  const namer = new ColumnNamer(new Set());
  const rowless = { ...env, columns: [] };
  // An unnamed print column is print_<position> (print-operator.md), not Column1; a multi-column
  // function (`print array_sort_asc(a, b)`) spreads over its columns as in project. print reads no row,
  // so a bare name is a let-bound value, which does not name the column (parse-json-function.md: print_0).
  const items = node.items.flatMap((item, index) => {
    const spread = multiColumnOf(item.expr);
    if (spread) return spreadColumns(spread.call, item.names, spread.multi, rowless);
    return [
      {
        name: namer.nameFor(item.expr, item.names[0], printedNameOf(item.expr) ?? `print_${index}`),
        expr: compileExpression(item.expr, rowless),
      },
    ];
  });
  const schema = items.map((i) => ({ name: i.name, type: i.expr.type }));
  return {
    schema,
    run: () =>
      ColumnTable.fromColumns(
        'print',
        items.map((i) => ({ name: i.name, column: columnFromValues(i.expr.type, [evaluateRowIndependent(i.expr)]) })),
      ),
  };
}

function printedNameOf(expr: ExprNode): string | undefined {
  return expr.kind === 'Name' ? undefined : defaultNameOf(expr);
}

/** `range x from a to b step s`: numbers, datetimes (timespan step) or timespans. */
export function rangePlan(node: RangeNode, env: ExprEnv): TabularPlan {
  const rowless = { ...env, columns: [] };
  const [from, to, step] = [node.from, node.to, node.step].map((n) => compileExpression(n, rowless));
  const type = from.type;
  return {
    schema: [{ name: node.column, type }],
    run() {
      const [start, stop, by] = [from, to, step].map(evaluateRowIndependent);
      const values: number[] = [];
      if (typeof start === 'number' && typeof stop === 'number' && typeof by === 'number' && by !== 0) {
        for (let v = start; by > 0 ? v <= stop : v >= stop; v += by) {
          values.push(v);
          if (values.length > env.cx.exec.limits.maxResultRows) break;
        }
      }
      return ColumnTable.fromColumns('range', [{ name: node.column, column: columnFromValues(type, values) }]);
    },
  };
}
