import { Diagnostics, didYouMean } from '../../diagnostics/index.ts';
import { ColumnTable, invalidInput, union } from '../../engine/index.ts';
import { valueKey } from '../../functions/index.ts';
import type { PartitionOperator } from '../../syntax/index.ts';
import type { KqlType } from '../../types.ts';
import { compileTabular } from '../compile-tabular.ts';
import { constant } from '../constants.ts';
import { columnOf, type ExprEnv } from '../env.ts';
import { failedPlan, type TabularPlan } from '../plan.ts';
import { compileOperator, type OperatorCompiler } from './index.ts';

/** partition-operator.md: the legacy strategy (the default) refuses more than 64 partitions. */
const MAX_LEGACY_PARTITIONS = 64;

/**
 * `T | partition [hint.strategy=…] by Column (subquery)` (partition-operator.md): the rows of T split by the
 * value of Column, the subquery run over each part, the results unioned in order of the parts' first rows.
 * The subquery is compiled again for every partition, so what it computes once per run (`as Partition` with
 * `toscalar(Partition | …)`, a toscalar() over the partition) is computed once per partition, as Kusto's
 * "runs a subquery on each subtable" says. The `{ Source | … }` form sees Column as the partition's key value.
 */
export const compilePartition: OperatorCompiler<'PartitionOperator'> = (input, operator, env) => {
  const key = columnOf(env, operator.column);
  if (key === undefined) {
    const names = env.columns.map((c) => c.name);
    env.cx.report(Diagnostics.unknownColumn(operator.column, didYouMean(operator.column, names), operator.columnSpan));
    return failedPlan();
  }
  const shape = compileSubquery(operator, env, key.type, () => ColumnTable.empty('', input.schema), null);
  if (shape.failed) return shape;
  const strategy = operator.options.find((o) => o.name === 'hint.strategy')?.value.toLowerCase() ?? 'legacy';
  return {
    schema: shape.schema,
    run() {
      const table = input.run();
      const parts = partitionRows(table, operator.column);
      if (strategy === 'legacy' && parts.length > MAX_LEGACY_PARTITIONS)
        throw invalidInput(
          `partition: ${parts.length} values of ${operator.column}, the legacy strategy allows ${MAX_LEGACY_PARTITIONS} (use hint.strategy=native)`,
        );
      const results = parts.map((rows) => {
        env.cx.exec.checkDeadline();
        const part = table.withSelection(rows);
        const keyValue = part.value(0, operator.column);
        return compileSubquery(operator, env, key.type, () => part, keyValue).run();
      });
      return results.length === 0 ? ColumnTable.empty('', shape.schema) : union(results, {}, env.cx.exec);
    },
  };
};

/** The subquery over one partition (`part`); the `{ … }` form binds the key column's name to `keyValue`. */
function compileSubquery(
  operator: PartitionOperator,
  env: ExprEnv,
  keyType: KqlType,
  part: () => ColumnTable,
  keyValue: unknown,
): TabularPlan {
  const scope = env.scope.child();
  const subquery = operator.subquery;
  if (subquery.kind === 'withSource') {
    scope.define(operator.column, { kind: 'scalar', expr: constant(keyValue, keyType) });
    return compileTabular(subquery.query, { ...env, scope, columns: [] });
  }
  let plan: TabularPlan = { schema: env.columns, run: part };
  for (const op of subquery.operators) plan = compileOperator(plan, op, { ...env, scope });
  return plan;
}

/** Row indices of each distinct key value, in order of first appearance. */
function partitionRows(table: ColumnTable, column: string): Int32Array[] {
  return [...rowsByKey(table, column).values()].map((rows) => Int32Array.from(rows));
}

/** The table's row indices by the key (valueKey) of their value in `column`, keys in order of first appearance. */
export function rowsByKey(table: ColumnTable, column: string): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  const values = table.column(column);
  for (const row of table.rows()) {
    const id = valueKey(values.get(row));
    const rows = groups.get(id);
    if (rows) rows.push(row);
    else groups.set(id, [row]);
  }
  return groups;
}
