import type { KqlType } from '../types.ts';
import type { ColumnTable } from './table.ts';

/**
 * The contract between the compiler (kql-front) and the operators (engine).
 *
 * A bound scalar expression is compiled ONCE per query into a `CompiledExpr`. An operator calls
 * `bind(table)` ONCE per input table; that is where the expression resolves its column references
 * (`table.column(name)`) and picks typed fast paths. The returned `RowEvaluator` is then called
 * per row with a PHYSICAL row index (an entry of `table.rows()`), never a position.
 *
 * Values follow ../types.ts: strings never null (""), numbers/bools/datetimes may be null,
 * dynamic is parsed JSON. Row evaluators must not throw on data (return null instead).
 *
 * Fast paths worth taking inside `bind` (they keep where/summarize free of per-row allocation):
 * - string column: `const c = table.column('X')` is a `StringColumn`; `c.codes[row]` is an integer
 *   code and `c.codeOf("literal")` turns `X == "literal"` into `c.codes[row] === code`.
 * - number column: `c.values[row]` (Float64Array) with `c.nulls?.[row] === 1` meaning null.
 * - bool column: `c.values[row]` is 0, 1 or BOOL_NULL.
 *
 * Operators also look at `columnName`: a bare column reference lets them reuse the column itself
 * (project without copying, group-by on dictionary codes, join on codes).
 *
 * Window functions (`prev`, `next`, `row_number`) need positions: use `windowOf(table)` from
 * ./window.ts inside `bind` (it throws KQLR005 unless the table is serialized).
 *
 * @example
 * // `EventID == 4625`, compiled by kql-front:
 * const expr: CompiledExpr = {
 *   type: 'bool',
 *   bind(table) {
 *     const col = table.column('EventID') as NumberColumn;
 *     return (row) => (col.nulls?.[row] === 1 ? null : col.values[row] === 4625);
 *   },
 * };
 */
export interface CompiledExpr {
  readonly type: KqlType;
  /** Set when the expression is exactly a column reference. */
  readonly columnName?: string;
  bind(table: ColumnTable): RowEvaluator;
}

export type RowEvaluator = (row: number) => unknown;

/** A bare column reference. */
export function columnRef(name: string, type: KqlType): CompiledExpr {
  return {
    type,
    columnName: name,
    bind(table) {
      const column = table.column(name);
      return (row) => column.get(row);
    },
  };
}

/** A constant (literal or scalar `let`). */
export function constantExpr(value: unknown, type: KqlType): CompiledExpr {
  return { type, bind: () => () => value };
}

/**
 * An expression computed from other expressions' values: the generic (slower) composition used by
 * tests and by functions without a column fast path.
 *
 * @example
 * computed('long', [columnRef('a', 'long')], (a) => (a === null ? null : (a as number) + 1))
 */
export function computed(
  type: KqlType,
  inputs: readonly CompiledExpr[],
  fn: (...values: unknown[]) => unknown,
): CompiledExpr {
  return {
    type,
    bind(table) {
      const evaluators = inputs.map((input) => input.bind(table));
      const values = new Array<unknown>(evaluators.length);
      return (row) => {
        for (let i = 0; i < evaluators.length; i++) values[i] = evaluators[i](row);
        return fn(...values);
      };
    },
  };
}
