import type { Span } from '../diagnostics/index.ts';
import { Diagnostics } from '../diagnostics/index.ts';
import { ColumnTable, KqlRuntimeError } from '../engine/index.ts';
import type { KqlColumn } from '../types.ts';
import type { CompileContext } from './context.ts';

/** What `render` asked for: a chart kind and its `with (…)` properties, for the client to draw. */
export interface Visualization {
  readonly kind: string;
  readonly properties: Readonly<Record<string, string>>;
}

/**
 * A compiled tabular expression: its output schema is known at compile time (so later operators
 * bind names and types), and `run` produces the table at run time.
 */
export interface TabularPlan {
  readonly schema: readonly KqlColumn[];
  /** True when row order is meaningful (after sort/serialize/top): window functions need it. */
  readonly serialized?: boolean;
  run(): ColumnTable;
  /** Set when the plan stands for a table that does not exist (only inside fuzzy unions). */
  readonly missingTable?: string;
  /** Set by a final `render`: the rows are unchanged, the hint travels with the result. */
  readonly visualization?: Visualization;
  /** Set when compiling failed (already reported): later operators skip binding to avoid cascades. */
  readonly failed?: boolean;
}

/** Runs `plan` at most once per query: shared `let` tables and `materialize()`. */
export function memoized(plan: TabularPlan): TabularPlan {
  let table: ColumnTable | undefined;
  return {
    ...plan,
    run() {
      table ??= plan.run();
      return table;
    },
  };
}

/** Thrown by running a plan that failed to compile: its own diagnostics were reported already. */
class FailedPlanRun extends Error {}

/** Stands in for a tabular expression that failed to compile (its diagnostics stop the query before running). */
export function failedPlan(schema: readonly KqlColumn[] = []): TabularPlan {
  return {
    schema,
    failed: true,
    run() {
      throw new FailedPlanRun('a plan with compile errors was run');
    },
  };
}

/** A table absent from the database, tolerated by `union isfuzzy=true` (the union skips it). */
export function missingPlan(name: string): TabularPlan {
  return { ...failedPlan(), failed: false, missingTable: name };
}

/** An empty table shaped like `plan`'s output: operators run over it to learn their output schema. */
export function emptyTableOf(plan: TabularPlan): ColumnTable {
  return ColumnTable.empty('', plan.schema).withSerialized(plan.serialized ?? false);
}

/**
 * Builds the plan of an operator from the function that applies it at run time. The output
 * schema is inferred by applying the operator to empty inputs, so the compile-time schema is by
 * construction the one the engine produces (join suffixes, union type splits, arg_max(*) names).
 */
export function operatorPlan(
  inputs: readonly TabularPlan[],
  /** `shapeOnly` is true while inferring the schema: skip work that only matters for real rows (subqueries). */
  apply: (tables: ColumnTable[], shapeOnly: boolean) => ColumnTable,
  cx: CompileContext,
  span: Span,
): TabularPlan {
  const unusable = inputs.find((p) => p.missingTable !== undefined || p.failed);
  if (unusable) return unusable;
  let shape: ColumnTable;
  try {
    shape = apply(inputs.map(emptyTableOf), true);
  } catch (error) {
    // A subquery that failed to compile (`where x has_any (UnknownName)`) was run for the shape: its error is
    // reported where it is, a second message here would only mislead.
    if (error instanceof FailedPlanRun) return failedPlan();
    const message = error instanceof KqlRuntimeError ? error.detail : String(error);
    cx.report(Diagnostics.invalidArgument(message, span));
    return failedPlan();
  }
  return {
    schema: shape.columns,
    serialized: shape.serialized,
    run() {
      const tables: ColumnTable[] = [];
      // Each input is held until the last one is built: many wide legs (find's pack_ over every table) must
      // stop at the budget, not outgrow the heap before the operator can check its own output. A single input
      // (where, extend, …) is never checked here, so its columns are not measured.
      const holdInput = inputs.length > 1 ? cx.exec.inputsMemory('the inputs of one union, join or find') : undefined;
      for (const input of inputs) {
        const table = input.run();
        tables.push(table);
        holdInput?.(table);
      }
      cx.exec.checkDeadline();
      return apply(tables, false);
    },
  };
}
