import type { KqlType } from '../../types.ts';
import { columnWriter, gatherColumn } from '../column-writer.ts';
import type { CompiledExpr } from '../compiled-expression.ts';
import { DEADLINE_CHECK_MASK, defaultContext, type ExecutionContext } from '../limits.ts';
import { ColumnTable, type NamedColumn } from '../table.ts';
import { castDynamic } from './cast-dynamic.ts';
import { mergeColumns } from './extend.ts';

/** One expanded expression: `Name = ArrayExpression [to typeof(T)]` or a column name. */
export interface MvExpandColumn {
  readonly name: string;
  readonly expr: CompiledExpr;
  /** `to typeof(T)`: elements are cast (not parsed) to T; others become null. Default dynamic. */
  readonly toType?: KqlType;
}

export interface MvExpandSpec {
  readonly columns: readonly MvExpandColumn[];
  /** `kind=bag` (default): a property becomes `{ key: value }`; `kind=array`: `[key, value]`. */
  readonly kind?: 'bag' | 'array';
  /** `with_itemindex=Name`: a long column with the 0-based index of the element. */
  readonly itemIndex?: string;
  /** Most rows produced from one input row. */
  readonly limit?: number;
}

/**
 * `mv-expand`: each array element (or bag property) becomes its own row; the other columns are
 * repeated. Several columns expand in parallel, shorter ones padded with null. A null value
 * yields one row with null; an empty array or bag yields no row; a scalar yields one row.
 *
 * @example
 * mvExpand(table, { columns: [{ name: 'Roles', expr: columnRef('Roles', 'dynamic') }] }, ctx)
 */
export function mvExpand(
  table: ColumnTable,
  spec: MvExpandSpec,
  ctx: ExecutionContext = defaultContext(),
): ColumnTable {
  const rows = table.rows();
  const elementLists = spec.columns.map((c) => elementsPerRow(table, c.expr, spec.kind ?? 'bag', ctx));
  const limit = spec.limit ?? Number.MAX_SAFE_INTEGER;
  const counts = new Int32Array(rows.length);
  let total = 0;
  for (let p = 0; p < rows.length; p++) {
    let count = 0;
    for (const lists of elementLists) {
      const list = lists[p];
      count = Math.max(count, list === null ? 1 : list.length);
    }
    counts[p] = Math.min(count, limit);
    total += counts[p];
  }
  ctx.ensureBytes(total * (table.columns.length + spec.columns.length) * 8, 'mv-expand');
  const sourceRows = new Int32Array(total);
  const writers = spec.columns.map((c) => columnWriter(c.toType ?? 'dynamic', total));
  const indexWriter = spec.itemIndex === undefined ? undefined : columnWriter('long', total);
  let out = 0;
  for (let p = 0; p < rows.length; p++) {
    if ((p & DEADLINE_CHECK_MASK) === 0) ctx.checkDeadline();
    for (let i = 0; i < counts[p]; i++, out++) {
      sourceRows[out] = rows[p];
      indexWriter?.set(out, i);
      for (let c = 0; c < writers.length; c++) {
        const list = elementLists[c][p];
        const element = list === null ? null : i < list.length ? list[i] : null;
        const toType = spec.columns[c].toType;
        writers[c].set(out, toType === undefined ? element : castDynamic(element, toType));
      }
    }
  }
  const kept = table.namedColumns().map((c) => ({ name: c.name, column: gatherColumn(c.column, sourceRows) }));
  const expanded: NamedColumn[] = spec.columns.map((c, i) => ({ name: c.name, column: writers[i].finish() }));
  if (indexWriter !== undefined && spec.itemIndex !== undefined) {
    expanded.push({ name: spec.itemIndex, column: indexWriter.finish() });
  }
  // Rows stay in input order, so a serialized input stays serialized (as in Kusto).
  return ColumnTable.fromColumns(table.name, mergeColumns(kept, expanded), { serialized: table.serialized });
}

/** The elements of each row's value: null stands for "one null row". */
function elementsPerRow(
  table: ColumnTable,
  expr: CompiledExpr,
  kind: 'bag' | 'array',
  ctx: ExecutionContext,
): (readonly unknown[] | null)[] {
  const evaluate = expr.bind(table);
  const rows = table.rows();
  const lists = new Array<readonly unknown[] | null>(rows.length);
  for (let p = 0; p < rows.length; p++) {
    if ((p & DEADLINE_CHECK_MASK) === 0) ctx.checkDeadline();
    const value = evaluate(rows[p]);
    if (value === null || value === undefined) lists[p] = null;
    else if (Array.isArray(value)) lists[p] = value;
    else if (typeof value === 'object') {
      lists[p] = Object.entries(value).map(([key, v]) => (kind === 'bag' ? { [key]: v } : [key, v]));
    } else lists[p] = [value];
  }
  return lists;
}
