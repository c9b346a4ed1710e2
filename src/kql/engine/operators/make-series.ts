import { toDynamicValue } from '../../functions/index.ts';
import type { Accumulator } from '../../functions/registry-types.ts';
import { DynamicColumn } from '../column.ts';
import { invalidInput } from '../errors.ts';
import { DEADLINE_CHECK_MASK, defaultContext, type ExecutionContext } from '../limits.ts';
import { ColumnTable, type NamedColumn } from '../table.ts';
import { valuesAtRows } from './evaluate.ts';
import { type Grouping, groupRows } from './grouping.ts';
import type { AggregateColumn, NamedExpr } from './summarize.ts';

/** An aggregate of make-series: like summarize's, plus the value of empty bins (`default=`, 0 when absent). */
export interface SeriesAggregate extends AggregateColumn {
  readonly defaultValue?: unknown;
}

export interface MakeSeriesSpec {
  readonly aggregates: readonly SeriesAggregate[];
  /** `on AxisColumn`: its name names the output axis column. */
  readonly axis: NamedExpr;
  /** `from` / `to` (exclusive): when absent, taken from the data's smallest / largest bin. */
  readonly from?: number;
  readonly to?: number;
  readonly step: number;
  readonly keys: readonly NamedExpr[];
  /** kind=nonempty: without keys, an empty input still gives one row of default-filled series. */
  readonly nonEmpty?: boolean;
}

/**
 * `make-series Agg = f(...) default=D on Axis from F to T step S by Keys`: one row per group with an
 * array per aggregate (one element per bin, empty bins holding the default) and the axis array
 * (bin starts; datetimes as ISO text, as Kusto's dynamic arrays carry them). Rows outside
 * [from, to) are ignored. Columns: keys, aggregates, axis.
 *
 * @example
 * makeSeries(table, { aggregates: [count], axis, from, to, step: 3_600_000, keys: [] }, ctx)
 */
export function makeSeries(
  table: ColumnTable,
  spec: MakeSeriesSpec,
  ctx: ExecutionContext = defaultContext(),
): ColumnTable {
  if (!(spec.step > 0)) throw invalidInput(`make-series: step must be positive, got ${spec.step}`);
  const axisValues = axisPerPosition(table, spec.axis, ctx);
  const range = binRange(axisValues, spec);
  const oneDefaultRow = spec.nonEmpty === true && spec.keys.length === 0;
  if ((table.rowCount === 0 && !oneDefaultRow) || range.bins === 0) return emptyResult(table, spec);
  const grouping = groupRows(
    table,
    spec.keys.map((k) => k.expr),
    ctx,
  );
  ctx.ensureBytes(grouping.groupCount * range.bins * 8 * Math.max(1, spec.aggregates.length), 'make-series');
  const binOf = (value: number) => Math.floor((value - range.from) / spec.step);
  const columns: NamedColumn[] = spec.keys.map((key) => ({
    name: key.name,
    column: valuesAtRows(table, key.expr, grouping.firstRow),
  }));
  for (const aggregate of spec.aggregates) {
    const series = seriesOf(table, aggregate, grouping, axisValues, binOf, range.bins, ctx);
    columns.push({ name: aggregate.name, column: new DynamicColumn(series) });
  }
  const axis = Array.from({ length: range.bins }, (_, b) =>
    toDynamicValue(range.from + b * spec.step, spec.axis.expr.type),
  );
  columns.push({
    name: spec.axis.name,
    column: new DynamicColumn(Array.from({ length: grouping.groupCount }, () => axis)),
  });
  return ColumnTable.fromColumns(table.name, columns);
}

function axisPerPosition(table: ColumnTable, axis: NamedExpr, ctx: ExecutionContext): Float64Array {
  const evaluate = axis.expr.bind(table);
  const rows = table.rows();
  const values = new Float64Array(rows.length);
  for (let p = 0; p < rows.length; p++) {
    if ((p & DEADLINE_CHECK_MASK) === 0) ctx.checkDeadline();
    const value = evaluate(rows[p]);
    values[p] = typeof value === 'number' ? value : Number.NaN;
  }
  return values;
}

function binRange(axisValues: Float64Array, spec: MakeSeriesSpec): { from: number; bins: number } {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const value of axisValues) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  const from = spec.from ?? Math.floor(min / spec.step) * spec.step;
  const to = spec.to ?? Math.floor(max / spec.step) * spec.step + spec.step;
  if (!Number.isFinite(from) || !Number.isFinite(to) || to <= from) return { from: 0, bins: 0 };
  return { from, bins: Math.ceil((to - from) / spec.step) };
}

function seriesOf(
  table: ColumnTable,
  aggregate: SeriesAggregate,
  grouping: Grouping,
  axisValues: Float64Array,
  binOf: (value: number) => number,
  bins: number,
  ctx: ExecutionContext,
): unknown[][] {
  const accumulators = new Map<number, Accumulator>();
  const evaluators = aggregate.args.map((arg) => arg.bind(table));
  const values = new Array<unknown>(evaluators.length);
  const rows = table.rows();
  for (let p = 0; p < rows.length; p++) {
    if ((p & DEADLINE_CHECK_MASK) === 0) ctx.checkDeadline();
    const bin = binOf(axisValues[p]);
    if (!(bin >= 0 && bin < bins)) continue;
    const slot = grouping.groupOf[p] * bins + bin;
    let accumulator = accumulators.get(slot);
    if (accumulator === undefined) {
      accumulator = aggregate.createAccumulator();
      accumulators.set(slot, accumulator);
    }
    for (let i = 0; i < evaluators.length; i++) values[i] = evaluators[i](rows[p]);
    accumulator.add(values);
  }
  const fallback = aggregate.defaultValue === undefined ? 0 : aggregate.defaultValue;
  return Array.from({ length: grouping.groupCount }, (_, group) =>
    Array.from({ length: bins }, (_, bin) => {
      const accumulator = accumulators.get(group * bins + bin);
      return accumulator === undefined ? fallback : toDynamicValue(accumulator.result(), aggregate.type);
    }),
  );
}

function emptyResult(table: ColumnTable, spec: MakeSeriesSpec): ColumnTable {
  return ColumnTable.empty(table.name, [
    ...spec.keys.map((k) => ({ name: k.name, type: k.expr.type })),
    ...spec.aggregates.map((a) => ({ name: a.name, type: 'dynamic' as const })),
    { name: spec.axis.name, type: 'dynamic' },
  ]);
}
