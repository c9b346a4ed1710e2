import { Diagnostics, type Span } from '../../diagnostics/index.ts';
import { ColumnTable } from '../../engine/index.ts';
import {
  create,
  type ExprNode,
  type FindColumn,
  type FindProjection,
  type FindSourceNode,
  type NamedExpression,
} from '../../syntax/index.ts';
import type { KqlColumn, KqlType } from '../../types.ts';
import type { ExprEnv } from '../env.ts';
import { namesReadBy } from '../names-read.ts';
import { failedPlan, type TabularPlan } from '../plan.ts';
import { compileOperator } from './index.ts';
import { searchedTables, termsToColumns } from './search.ts';
import { compileLegs, compileUnion, type Leg } from './union.ts';

/** The bag of the columns `find` does not show (find-operator.md names it `pack_` in every example). */
const PACK_COLUMN = 'pack_';

/**
 * `find [withsource=C] [in (T1, T2)] where Predicate [project-smart | project …]` (find-operator.md):
 * the tables holding a column the predicate reads (all of them when it reads none), each filtered by
 * the predicate with its missing columns null, shaped to one schema and unioned with a `source_` column.
 */
export function compileFindSource(node: FindSourceNode, env: ExprEnv): TabularPlan {
  const legs = compileLegs(searchedTables(node), { kind: 'outer', isFuzzy: false }, { ...env, columns: [] }, []);
  if (legs.some((leg) => leg.plan.failed)) return failedPlan();
  const types = columnTypes(legs);
  const read = [...namesReadBy(node.predicate)].filter((name) => types.has(name));
  const searched = legs.filter((leg) => read.length === 0 || leg.plan.schema.some((c) => read.includes(c.name)));
  const shape = node.projection
    ? listedColumns(node.projection, types, env, node.span)
    : smartColumns(searched, read, types);
  if (shape === undefined) return failedPlan();
  const shaped = searched.map(({ plan, sourceName, empty }): Leg => {
    const filtered = filteredLeg(plan, node.predicate, read, types, env);
    const projected = compileOperator(filtered, projectOperator(plan.schema, shape, node.span), env);
    // A catalogued table without data stays empty through the filter and the projection.
    const stillEmpty = empty && !projected.failed ? ColumnTable.empty(empty.name, projected.schema) : undefined;
    return { plan: projected, sourceName, empty: stillEmpty };
  });
  return compileUnion(shaped, { kind: 'outer', withSource: node.withSource, isFuzzy: false }, [], node.span, env);
}

/** The output of every leg: these columns in order, then (when `packs`) the bag of the leg's other columns. */
interface FindShape {
  readonly columns: readonly ShapeColumn[];
  readonly packs: boolean;
}

/** A column of the shape: `type` undefined keeps each leg's own type; `shownAs` renames it in the output. */
interface ShapeColumn extends FindColumn {
  readonly shownAs?: string;
}

/** Each column name's types across the legs, in order of first appearance. */
function columnTypes(legs: readonly Leg[]): Map<string, KqlType[]> {
  const types = new Map<string, KqlType[]>();
  for (const { name, type } of legs.flatMap((leg) => leg.plan.schema)) {
    const seen = types.get(name) ?? [];
    if (!seen.includes(type)) seen.push(type);
    types.set(name, seen);
  }
  return types;
}

/**
 * `project-smart`: the columns the predicate reads and those every searched table has with one type,
 * in order of first appearance; the rest go into `pack_`. A predicate column with several types keeps
 * each leg's own type, so the union splits it into `Name_type` columns.
 */
function smartColumns(legs: readonly Leg[], read: readonly string[], types: Map<string, KqlType[]>): FindShape {
  // Counted once per leg, not looked up leg by leg: `find` without `in` may search hundreds of catalogued tables.
  const legsHaving = new Map<string, number>();
  for (const leg of legs) {
    for (const key of new Set(leg.plan.schema.map(columnKey))) legsHaving.set(key, (legsHaving.get(key) ?? 0) + 1);
  }
  const inEvery = (column: KqlColumn) => legsHaving.get(columnKey(column)) === legs.length;
  const seen = new Set<string>();
  const columns: FindColumn[] = [];
  for (const column of legs.flatMap((leg) => leg.plan.schema)) {
    if (seen.has(column.name) || !(read.includes(column.name) || inEvery(column))) continue;
    seen.add(column.name);
    const type = types.get(column.name)?.length === 1 ? column.type : undefined;
    columns.push({ name: column.name, type, span: { start: 0, length: 0 } });
  }
  return { columns, packs: true };
}

function columnKey(column: KqlColumn): string {
  return `${column.name}:${column.type}`;
}

/**
 * `project A, B:type, pack_all()`: the listed columns, null where a table lacks one. A column
 * without a written type takes the one type the tables give it; one the tables give several types
 * needs `Name:type` and is shown as `Name_type` (find-operator.md: `ProcessId:string` → `ProcessId_string`).
 */
function listedColumns(
  projection: FindProjection,
  types: Map<string, KqlType[]>,
  env: ExprEnv,
  span: Span,
): FindShape | undefined {
  let valid = true;
  const columns = projection.columns.map((column): ShapeColumn => {
    const found = types.get(column.name) ?? [];
    if (column.type !== undefined)
      return found.length > 1 ? { ...column, shownAs: `${column.name}_${column.type}` } : column;
    if (found.length === 1) return { ...column, type: found[0] };
    valid = false;
    env.cx.report(
      found.length === 0
        ? Diagnostics.unknownColumn(column.name, undefined, column.span)
        : Diagnostics.typeMismatch(
            `find: column '${column.name}' is ${found.join(' in one table and ')} in another: write ${column.name}:type in project`,
            column.span.length > 0 ? column.span : span,
          ),
    );
    return column;
  });
  return valid ? { columns, packs: projection.packAll } : undefined;
}

/** `leg | extend <predicate columns it lacks> = null | where predicate`, with bare terms as `* has term`. */
function filteredLeg(
  plan: TabularPlan,
  predicate: ExprNode,
  read: readonly string[],
  types: Map<string, KqlType[]>,
  env: ExprEnv,
): TabularPlan {
  const span = predicate.span;
  const absent = read.filter((name) => !plan.schema.some((c) => c.name === name));
  const items = absent.map((name) => named(name, nullOf(types.get(name)?.[0] ?? 'string', span), span));
  const completed =
    items.length > 0 ? compileOperator(plan, create({ kind: 'ExtendOperator', items, span }), env) : plan;
  const condition = termsToColumns(predicate, completed.schema);
  return compileOperator(completed, create({ kind: 'WhereOperator', condition, span }), env);
}

/**
 * The projection of one leg onto the shape: a column it has (cast when the shape's type differs), a typed
 * null for one it lacks, and `pack_` with its own columns the shape does not list (nulls included).
 */
function projectOperator(own: readonly KqlColumn[], shape: FindShape, span: Span) {
  const items = shape.columns.map(({ name, type, shownAs = name }) => {
    const column = own.find((c) => c.name === name);
    const ref = create({ kind: 'Name', name, span });
    if (column === undefined) return named(shownAs, nullOf(type ?? 'string', span), span);
    if (type === undefined || column.type === type) return named(shownAs, ref, span);
    return named(shownAs, create({ kind: 'Call', name: `to${type}`, nameSpan: span, args: [ref], span }), span);
  });
  if (shape.packs) {
    const packed = own.filter((c) => !shape.columns.some((listed) => listed.name === c.name));
    const args = packed.flatMap((c): ExprNode[] => [
      create({ kind: 'Literal', type: 'string', value: c.name, span }),
      create({ kind: 'Name', name: c.name, span }),
    ]);
    items.push(named(PACK_COLUMN, create({ kind: 'Call', name: 'bag_pack', nameSpan: span, args, span }), span));
  }
  return create({ kind: 'ProjectOperator', items, span });
}

function named(name: string, expr: ExprNode, span: Span): NamedExpression {
  return { names: [name], expr, span };
}

function nullOf(type: KqlType, span: Span): ExprNode {
  return create({ kind: 'Literal', type, value: null, span });
}
