import type { KqlColumn } from '../types.ts';
import type { CompileContext } from './context.ts';
import type { Scope } from './scope.ts';

/** Everything a scalar expression can refer to: the input row's columns and the `let` names in scope. */
export interface ExprEnv {
  readonly columns: readonly KqlColumn[];
  readonly scope: Scope;
  readonly cx: CompileContext;
  /** Inside a `union isfuzzy=true` leg: a missing table yields a `missing` plan instead of an error. */
  readonly fuzzy?: boolean;
  /**
   * The operator's input columns, when its expressions also see columns it adds: extend's later assignments see
   * the earlier ones, but pack_all() packs only the input row (pack-all-function.md).
   */
  readonly inputColumns?: readonly KqlColumn[];
}

export function withColumns(env: ExprEnv, columns: readonly KqlColumn[]): ExprEnv {
  return { ...env, columns };
}

export function columnOf(env: ExprEnv, name: string): KqlColumn | undefined {
  return env.columns.find((c) => c.name === name);
}
