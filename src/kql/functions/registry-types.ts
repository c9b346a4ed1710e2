import type { KqlType } from '../types.ts';

/** What the binder knows about one argument when a function is compiled. */
export interface ArgumentInfo {
  readonly type: KqlType;
  /** Present when the argument is a literal (or a constant `let`), so implementations can precompile it. */
  readonly constant?: { readonly value: unknown };
}

/**
 * A scalar function definition. `compile` runs once per call site with the argument
 * types and returns the per-row implementation, which receives evaluated argument values
 * in the engine's value representation (see ../types.ts) and must never throw on data.
 */
export interface ScalarFunction {
  readonly name: string;
  /** Deprecated or alternate spellings (`iif` for `iff`, `pack` for `bag_pack`). */
  readonly aliases?: readonly string[];
  readonly minArgs: number;
  readonly maxArgs: number;
  /** The result type, or a message naming the bad argument when the types do not fit. */
  resultType(args: readonly ArgumentInfo[]): KqlType | { readonly error: string };
  compile(args: readonly ArgumentInfo[], context: CompileContext): (...values: unknown[]) => unknown;
}

/** Per-query facts a function may need at compile time. */
export interface CompileContext {
  /** The query's `now()` in epoch milliseconds: one instant for the whole query. */
  readonly now: number;
}

/** One group's running state for an aggregate. */
export interface Accumulator {
  add(values: readonly unknown[]): void;
  result(): unknown;
}

/** An aggregate definition (`count`, `dcount`, `make_set`, …). */
export interface AggregateFunction {
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly minArgs: number;
  readonly maxArgs: number;
  resultType(args: readonly ArgumentInfo[]): KqlType | { readonly error: string };
  /** Kusto's default output column name when the aggregate is not named: `count_`, `dcount_UserPrincipalName`. */
  defaultName(argColumnNames: readonly (string | undefined)[]): string;
  createAccumulator(args: readonly ArgumentInfo[]): () => Accumulator;
}
