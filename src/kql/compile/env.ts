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
}

export function withColumns(env: ExprEnv, columns: readonly KqlColumn[]): ExprEnv {
  return { ...env, columns };
}

export function columnOf(env: ExprEnv, name: string): KqlColumn | undefined {
  return env.columns.find((c) => c.name === name);
}
