import type { Accumulator } from '../../functions/registry-types.ts';
import type { KqlType } from '../../types.ts';
import type { Column } from '../column.ts';
import { columnFromValues, columnWriter } from '../column-writer.ts';
import type { CompiledExpr } from '../compiled-expression.ts';
import { DEADLINE_CHECK_MASK, defaultContext, type ExecutionContext } from '../limits.ts';
import { ColumnTable, type NamedColumn } from '../table.ts';
import { kernelColumn } from './aggregate-kernels.ts';
import { argExtremeColumns } from './arg-extreme.ts';
import { valuesAtRows } from './evaluate.ts';
import { type Grouping, groupRows } from './grouping.ts';
import { uniqueColumnName } from './names.ts';
import { takeAnyRowColumns } from './take-any-row.ts';

/** A named expression: a `by` key, or an output of arg_max/arg_min. */
export interface NamedExpr {
  readonly name: string;
  readonly expr: CompiledExpr;
}

/**
 * An aggregate from the function registry. `createAccumulator` makes one accumulator per group;
 * `add` receives the evaluated arguments in an array that is REUSED between rows (copy what you keep).
 */
export interface AggregateColumn {
  readonly kind: 'aggregate';
  readonly name: string;
  readonly type: KqlType;
  readonly args: readonly CompiledExpr[];
  readonly createAccumulator: () => Accumulator;
  /**
   * The registry definition's name (`definition.name`, e.g. 'count', 'dcount', 'make_set'). When
   * set, summarize may use an equivalent columnar kernel (./aggregate-kernels.ts) instead of
   * per-group accumulators: pass it for speed.
   */
  readonly functionName?: string;
  /**
   * The value of the single row `summarize` without `by` returns for an empty input (0 for count,
   * [] for make_set…: emptyInputDefault). Undefined: the accumulator's result over no rows.
   */
  readonly emptyInputValue?: unknown;
}

/** A returned expression of arg_max/take_any, or `'*'`: the input's other columns, at that place (./star-columns.ts). */
export type ReturnedItem = NamedExpr | '*';

/**
 * `arg_max(By, Returns...)` / `arg_min(...)`, implemented natively because they yield several
 * columns and `*` keeps the whole row. Names that collide with earlier output columns get Kusto's `1` suffix,
 * except a `*` column that is the grouping key (same name and value), the maximized column itself (whatever its
 * result name) or a column another returned item reads as it is (`C = Computer`), which is not repeated.
 */
export interface ArgExtremeAggregate {
  readonly kind: 'arg';
  readonly mode: 'max' | 'min';
  readonly by: NamedExpr;
  readonly returns: readonly ReturnedItem[];
}

/**
 * `take_any(e1, e2, …)`, `take_any(*)` or both: several expressions over one record of each group. `*` stands for
 * the input columns as for arg_max, each named with `starPrefix` before it (`any_` for the deprecated any(*)).
 */
export interface TakeAnyRowAggregate {
  readonly kind: 'anyRow';
  readonly returns: readonly ReturnedItem[];
  readonly starPrefix: string;
}

export type SummarizeAggregate = AggregateColumn | ArgExtremeAggregate | TakeAnyRowAggregate;

export interface SummarizeSpec {
  readonly keys: readonly NamedExpr[];
  readonly aggregates: readonly SummarizeAggregate[];
}

/**
 * `summarize Aggregates by Keys`: one row per distinct key combination (nulls group together),
 * key columns first, then aggregates. Without keys the result has exactly one row, even on
 * empty input. Groups come out in order of first appearance.
 *
 * @example
 * summarize(table, { keys: [{ name: 'IPAddress', expr: ip }], aggregates: [countAggregate] }, ctx)
 */
export function summarize(
  table: ColumnTable,
  spec: SummarizeSpec,
  ctx: ExecutionContext = defaultContext(),
): ColumnTable {
  const grouping = groupRows(
    table,
    spec.keys.map((k) => k.expr),
    ctx,
  );
  const columns: NamedColumn[] = spec.keys.map((key) => ({
    name: key.name,
    column: valuesAtRows(table, key.expr, grouping.firstRow),
  }));
  const taken = new Set(columns.map((c) => c.name));
  // Names that arg_max/take_any(…, *) spread over: a later aggregate of the same name gets Kusto's `1` suffix
  // (`m = arg_max(a, *), c = make_set(c)` gives …, c, …, c1), while two written names that clash stay an error.
  const spread = new Set<string>();
  for (const aggregate of spec.aggregates) {
    if (aggregate.kind === 'arg' || aggregate.kind === 'anyRow') {
      const added =
        aggregate.kind === 'arg'
          ? argExtremeColumns(table, aggregate, grouping, spec.keys, taken, ctx)
          : takeAnyRowColumns(table, aggregate, grouping, spec.keys, taken);
      for (const { name } of added) spread.add(name);
      columns.push(...added);
    } else {
      const name = spread.has(aggregate.name) ? uniqueColumnName(aggregate.name, taken) : aggregate.name;
      taken.add(name);
      const column =
        spec.keys.length === 0 && table.rowCount === 0 && aggregate.emptyInputValue !== undefined
          ? columnFromValues(aggregate.type, [aggregate.emptyInputValue])
          : (kernelColumn(table, aggregate, grouping, ctx) ?? aggregateColumn(table, aggregate, grouping, ctx));
      columns.push({ name, column });
    }
  }
  return ctx.ensureMemory(ColumnTable.fromColumns(table.name, columns), 'summarize');
}

function aggregateColumn(
  table: ColumnTable,
  aggregate: AggregateColumn,
  grouping: Grouping,
  ctx: ExecutionContext,
): Column {
  const accumulators: Accumulator[] = new Array(grouping.groupCount);
  for (let g = 0; g < grouping.groupCount; g++) accumulators[g] = aggregate.createAccumulator();
  const evaluators = aggregate.args.map((arg) => arg.bind(table));
  const values = new Array<unknown>(evaluators.length);
  const rows = table.rows();
  const groupOf = grouping.groupOf;
  for (let p = 0; p < rows.length; p++) {
    if ((p & DEADLINE_CHECK_MASK) === 0) ctx.checkDeadline();
    const row = rows[p];
    for (let i = 0; i < evaluators.length; i++) values[i] = evaluators[i](row);
    accumulators[groupOf[p]].add(values);
  }
  const writer = columnWriter(aggregate.type, grouping.groupCount);
  for (let g = 0; g < grouping.groupCount; g++) writer.set(g, accumulators[g].result());
  return writer.finish();
}
