import { ColumnTable, type CompiledExpr } from '../engine/index.ts';
import type { KqlType } from '../types.ts';

/** Compiled expressions whose value is known at compile time (literals, folded calls, constant lets). */
const constantValues = new WeakMap<CompiledExpr, { readonly value: unknown }>();

/** A compile-time constant; `constantOf` recovers its value (for `table(name)`, regexes, function precompilation). */
export function constant(value: unknown, type: KqlType): CompiledExpr {
  const expr: CompiledExpr = { type, bind: () => () => value };
  constantValues.set(expr, { value });
  return expr;
}

export function constantOf(expr: CompiledExpr): { readonly value: unknown } | undefined {
  return constantValues.get(expr);
}

/** A table with no columns and no rows: row-independent expressions (scalar lets) are bound to it. */
const NO_ROWS = ColumnTable.fromColumns('', []);

/**
 * A row-independent expression evaluated at most once per query (scalar `let`, `toscalar`).
 * Evaluation is deferred to run time because it may run a subquery.
 */
export function lazyScalar(type: KqlType, compute: () => unknown): CompiledExpr {
  let computed = false;
  let value: unknown;
  const get = () => {
    if (!computed) {
      value = compute();
      computed = true;
    }
    return value;
  };
  return {
    type,
    bind() {
      return () => get();
    },
  };
}

/** Evaluates a row-independent expression once. */
export function evaluateRowIndependent(expr: CompiledExpr): unknown {
  const known = constantOf(expr);
  return known ? known.value : expr.bind(NO_ROWS)(-1);
}
