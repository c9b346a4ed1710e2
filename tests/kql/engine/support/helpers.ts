import type { AggregateColumn, CompiledExpr } from '../../../../src/kql/engine/index.ts';
import { ColumnTable, columnRef, computed, constantExpr } from '../../../../src/kql/engine/index.ts';
import { lookupAggregateFunction } from '../../../../src/kql/functions/index.ts';
import type { KqlType } from '../../../../src/kql/types.ts';
import { schema } from '../../support/builders.ts';

/**
 * Engine-level builders: literal columns in, literal rows out (arquero's tableEqual style).
 * Operator tests use them before (and beside) the KQL-level builders in tests/kql/support/builders.ts.
 */
export function tableOf(schemaText: string, rows: unknown[][], name = 'T'): ColumnTable {
  return ColumnTable.fromRaw({ name, columns: schema(schemaText), rows });
}

/** `name:type` per column, in order. */
export function columnsOf(table: ColumnTable): string[] {
  return table.columns.map((c) => `${c.name}:${c.type}`);
}

export function rowsOf(table: ColumnTable): unknown[][] {
  return table.toRaw().rows.map((row) => [...row]);
}

export const col = (name: string, type: KqlType): CompiledExpr => columnRef(name, type);

/** A computed expression of one column (e.g. `n > 2`). */
export const fn = (type: KqlType, input: CompiledExpr, f: (value: unknown) => unknown): CompiledExpr =>
  computed(type, [input], f);

/** A registry aggregate as summarize takes it (columnar kernel allowed): `agg('c', 'count')`, `agg('s', 'sum', col('n', 'long'))`. */
export function agg(name: string, aggregate: string, ...args: CompiledExpr[]): AggregateColumn {
  const definition = lookupAggregateFunction(aggregate);
  if (definition === undefined) throw new Error(`no aggregate ${aggregate}`);
  const argInfo = args.map((a) =>
    literals.has(a) ? { type: a.type, constant: { value: literals.get(a) } } : { type: a.type },
  );
  const type = definition.resultType(argInfo);
  if (typeof type !== 'string') throw new Error(type.error);
  return {
    kind: 'aggregate',
    name,
    type,
    args,
    createAccumulator: definition.createAccumulator(argInfo),
    functionName: definition.name,
  };
}

const literals = new WeakMap<CompiledExpr, unknown>();

/** A literal argument: aggregates see it as a constant, as kql-front passes literals. */
export function lit(value: unknown, type: KqlType): CompiledExpr {
  const expr = constantExpr(value, type);
  literals.set(expr, value);
  return expr;
}
