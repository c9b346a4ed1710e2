import { asNumber, MAX_ARRAY_LENGTH } from '../../functions/index.ts';
import { type Column, DynamicColumn, isNumericType, NumberColumn } from '../column.ts';
import { DenseIds } from '../dense-ids.ts';
import { DEADLINE_CHECK_MASK, type ExecutionContext } from '../limits.ts';
import type { ColumnTable } from '../table.ts';
import { distinctPairs } from './distinct-pairs.ts';
import type { Grouping } from './grouping.ts';
import type { AggregateColumn } from './summarize.ts';

/**
 * Columnar versions of the hottest registry aggregates. They give exactly the results of the
 * kql-functions accumulators (same null handling, same first-appearance order for make_set) but
 * keep per-group state in typed arrays, so a summarize over a million groups creates no
 * per-group objects. A kernel returns undefined when the argument shape is not one it covers;
 * summarize then uses the registry accumulator.
 */
type Kernel = (
  table: ColumnTable,
  aggregate: AggregateColumn,
  grouping: Grouping,
  ctx: ExecutionContext,
) => Column | undefined;

/** make_set's cap on distinct values per group is MAX_ARRAY_LENGTH; deprecated makeset's default is this. */
const DEPRECATED_SET_SIZE = 128;

const KERNELS: Readonly<Record<string, Kernel>> = {
  count: (_table, aggregate, grouping, ctx) => {
    if (aggregate.args.length !== 0) return undefined;
    const counts = new Float64Array(grouping.groupCount);
    for (let p = 0; p < grouping.groupOf.length; p++) {
      if ((p & DEADLINE_CHECK_MASK) === 0) ctx.checkDeadline();
      counts[grouping.groupOf[p]]++;
    }
    return new NumberColumn('long', counts, null);
  },
  countif: (table, aggregate, grouping, ctx) => {
    if (aggregate.args.length !== 1 || aggregate.args[0].type !== 'bool') return undefined;
    const predicate = aggregate.args[0].bind(table);
    const rows = table.rows();
    const counts = new Float64Array(grouping.groupCount);
    for (let p = 0; p < rows.length; p++) {
      if ((p & DEADLINE_CHECK_MASK) === 0) ctx.checkDeadline();
      if (predicate(rows[p]) === true) counts[grouping.groupOf[p]]++;
    }
    return new NumberColumn('long', counts, null);
  },
  sum: (table, aggregate, grouping, ctx) =>
    numericFold(table, aggregate, grouping, ctx, (total, value) => total + value),
  min: (table, aggregate, grouping, ctx) => numericFold(table, aggregate, grouping, ctx, smaller),
  max: (table, aggregate, grouping, ctx) => numericFold(table, aggregate, grouping, ctx, larger),
  dcount: (table, aggregate, grouping, ctx) => {
    const ids = aggregate.args.length >= 1 ? valueIds(table, aggregate, ctx) : undefined;
    if (ids === undefined) return undefined;
    const pairs = distinctPairs(grouping.groupOf, ids.ids, ids.cardinality, grouping.groupCount, ctx);
    const counts = new Float64Array(grouping.groupCount);
    for (const group of pairs.groups) counts[group]++;
    return new NumberColumn('long', counts, null);
  },
  make_set: setKernel(MAX_ARRAY_LENGTH),
  makeset: setKernel(DEPRECATED_SET_SIZE),
};

// Not Math.min/Math.max: those let a NaN win, while the registry's comparison keeps the earlier value.
function smaller(best: number, value: number): number {
  if (value < best) return value;
  return best;
}

function larger(best: number, value: number): number {
  if (value > best) return value;
  return best;
}

/** The kernel result for `aggregate`, or undefined to use the registry accumulator. */
export function kernelColumn(
  table: ColumnTable,
  aggregate: AggregateColumn,
  grouping: Grouping,
  ctx: ExecutionContext,
): Column | undefined {
  const name = aggregate.functionName;
  return name !== undefined && Object.hasOwn(KERNELS, name)
    ? KERNELS[name](table, aggregate, grouping, ctx)
    : undefined;
}

/** sum/min/max over numbers: nulls ignored, a group without numbers yields null. */
function numericFold(
  table: ColumnTable,
  aggregate: AggregateColumn,
  grouping: Grouping,
  ctx: ExecutionContext,
  fold: (state: number, value: number) => number,
): Column | undefined {
  if (aggregate.args.length !== 1 || !isNumericType(aggregate.args[0].type) || !isNumericType(aggregate.type)) {
    return undefined;
  }
  const evaluate = aggregate.args[0].bind(table);
  const rows = table.rows();
  const state = new Float64Array(grouping.groupCount);
  const empty = new Uint8Array(grouping.groupCount).fill(1);
  for (let p = 0; p < rows.length; p++) {
    if ((p & DEADLINE_CHECK_MASK) === 0) ctx.checkDeadline();
    const value = evaluate(rows[p]);
    if (typeof value !== 'number') continue;
    const group = grouping.groupOf[p];
    if (empty[group] === 1) {
      state[group] = value;
      empty[group] = 0;
    } else state[group] = fold(state[group], value);
  }
  let anyEmpty = false;
  for (let g = 0; g < empty.length && !anyEmpty; g++) anyEmpty = empty[g] === 1;
  return new NumberColumn(aggregate.type as NumberColumn['type'], state, anyEmpty ? empty : null);
}

interface ValueIds {
  readonly ids: Int32Array;
  readonly cardinality: number;
  valueOf(id: number): unknown;
}

/**
 * Integer ids of the first argument's values per row position (-1 for null): dictionary codes
 * for a string column, hashed numbers for numeric expressions. Other shapes return undefined.
 */
function valueIds(table: ColumnTable, aggregate: AggregateColumn, ctx: ExecutionContext): ValueIds | undefined {
  const arg = aggregate.args[0];
  const rows = table.rows();
  const ids = new Int32Array(rows.length);
  if (arg.columnName !== undefined && table.has(arg.columnName)) {
    const column = table.column(arg.columnName);
    if (column.kind === 'string') {
      for (let p = 0; p < rows.length; p++) ids[p] = column.codes[rows[p]];
      return { ids, cardinality: column.dictionary.length, valueOf: (id) => column.dictionary[id] };
    }
  }
  if (!isNumericType(arg.type) || arg.type === 'datetime' || arg.type === 'timespan') return undefined;
  const evaluate = arg.bind(table);
  const dense = new DenseIds();
  const numbers: number[] = [];
  for (let p = 0; p < rows.length; p++) {
    if ((p & DEADLINE_CHECK_MASK) === 0) ctx.checkDeadline();
    const value = evaluate(rows[p]);
    if (typeof value !== 'number') {
      ids[p] = -1;
      continue;
    }
    const before = dense.size;
    ids[p] = dense.idOf(value);
    if (dense.size > before) numbers.push(value);
  }
  return { ids, cardinality: Math.max(1, dense.size), valueOf: (id) => numbers[id] };
}

/**
 * make_set(x [, MaxSize]): distinct values per group in order of first appearance. Kusto requires
 * MaxSize to be a constant, so evaluating it once is exact; a missing or non-positive size means
 * the default, as in kql-functions.
 */
function setKernel(defaultSize: number): Kernel {
  return (table, aggregate, grouping, ctx) => {
    if (aggregate.args.length < 1 || aggregate.args.length > 2) return undefined;
    const ids = valueIds(table, aggregate, ctx);
    if (ids === undefined) return undefined;
    const limit = sizeLimit(table, aggregate, defaultSize);
    const pairs = distinctPairs(grouping.groupOf, ids.ids, ids.cardinality, grouping.groupCount, ctx);
    const sets: unknown[][] = Array.from({ length: grouping.groupCount }, () => []);
    for (let i = 0; i < pairs.groups.length; i++) {
      const set = sets[pairs.groups[i]];
      if (set.length < limit) set.push(ids.valueOf(pairs.values[i]));
    }
    return new DynamicColumn(sets);
  };
}

function sizeLimit(table: ColumnTable, aggregate: AggregateColumn, defaultSize: number): number {
  if (aggregate.args.length < 2) return defaultSize;
  const raw = asNumber(aggregate.args[1].bind(table)(table.rows()[0] ?? 0));
  const size = raw === null || !Number.isFinite(raw) ? null : Math.trunc(raw);
  return size !== null && size > 0 ? Math.min(size, MAX_ARRAY_LENGTH) : defaultSize;
}
