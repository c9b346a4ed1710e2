import { Diagnostics } from '../../diagnostics/index.ts';
import { type CompiledExpr, type ExtendAssignment, extend } from '../../engine/index.ts';
import { type MultiColumnResult, multiColumnResult } from '../../functions/index.ts';
import type { CallNode, ExprNode, NamedExpression } from '../../syntax/index.ts';
import type { KqlColumn } from '../../types.ts';
import { compileExpression } from '../compile-expression.ts';
import { ColumnNamer, defaultNameOf } from '../default-names.ts';
import { type ExprEnv, withColumns } from '../env.ts';
import { operatorPlan } from '../plan.ts';
import type { OperatorCompiler } from './index.ts';

/** Applies `split` to each value: turns a multi-column function's single result into per-column values. */
function splitting(expr: CompiledExpr, split: (value: unknown) => unknown[]): CompiledExpr {
  return {
    type: 'dynamic',
    bind(table) {
      const read = expr.bind(table);
      return (row) => split(read(row));
    },
  };
}

/**
 * Kusto's rule (as its analyzer names them): the given names take the first columns, the rest keep
 * the default `<function>_<argument>_<suffix>`: `o = series_decompose_anomalies(y)` is o,
 * series_decompose_anomalies_y_ad_score, series_decompose_anomalies_y_baseline.
 */
export function multiColumnNames(call: CallNode, given: readonly string[], multi: MultiColumnResult): string[] {
  const fallback = `${call.name}_${defaultNameOf(call) ?? ''}`;
  const defaults =
    multi.defaultNames?.(call.args.map(defaultNameOf)) ?? multi.columns.map((c) => `${fallback}_${c.suffix}`);
  const names = defaults.map((name, i) => given[i] ?? name);
  names.push(...given.slice(multi.columns.length));
  return names;
}

/**
 * The multi-column layout of an expression that is a call to a multi-column function. Array
 * arguments are all but a trailing bool literal (array_sort_asc's nulls_last).
 */
export function multiColumnOf(expr: ExprNode): { call: CallNode; multi: MultiColumnResult } | undefined {
  if (expr.kind !== 'Call') return undefined;
  const last = expr.args.at(-1);
  const arrays = expr.args.length - (last?.kind === 'Literal' && typeof last.value === 'boolean' ? 1 : 0);
  const multi = multiColumnResult(expr.name, arrays);
  return multi && { call: expr, multi };
}

/**
 * Compiles extend-style assignments left to right (each sees the columns added before it).
 * Multi-column functions (`series_stats`, `series_decompose_anomalies`) spread over several
 * columns: `(a, b) = f(x)` and `a = f(x)` name the first ones, the others keep `f_x_<suffix>`.
 */
export function compileAssignments(
  items: readonly NamedExpression[],
  env: ExprEnv,
): { assignments: ExtendAssignment[]; columns: KqlColumn[] } {
  const columns = [...env.columns];
  const namer = new ColumnNamer(new Set(columns.map((c) => c.name)));
  const assignments: ExtendAssignment[] = [];
  const add = (column: KqlColumn) => {
    const at = columns.findIndex((c) => c.name === column.name);
    if (at >= 0) columns[at] = column;
    else columns.push(column);
  };
  for (const item of items) {
    const expr = compileExpression(item.expr, { ...withColumns(env, [...columns]), inputColumns: env.columns });
    const spread = multiColumnOf(item.expr);
    if (spread) {
      const { call, multi } = spread;
      const names = multiColumnNames(call, item.names, multi);
      const types = names.map((_, i) => multi.columns[i]?.type ?? 'dynamic');
      assignments.push({ names, types, expr: splitting(expr, multi.split) });
      for (const [i, name] of names.entries()) add({ name, type: types[i] });
      continue;
    }
    if (item.names.length > 1) {
      env.cx.report(Diagnostics.invalidArgument('only multi-column functions can be assigned to (a, b, …)', item.span));
      continue;
    }
    // A derived name (`extend bin(TimeGenerated, 1h)`) replaces the column it names, as in Kusto;
    // only nameless expressions get a fresh ColumnN.
    const name = item.names[0] ?? defaultNameOf(item.expr) ?? namer.nameFor(item.expr);
    assignments.push({ name, expr });
    add({ name, type: expr.type });
  }
  return { assignments, columns };
}

/** `extend A = expr, (b, c) = f(x), …`. */
export const compileExtend: OperatorCompiler<'ExtendOperator'> = (input, operator, env) => {
  const { assignments } = compileAssignments(operator.items, env);
  return operatorPlan([input], ([t]) => extend(t, assignments, env.cx.exec), env.cx, operator.span);
};
