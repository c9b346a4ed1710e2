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

/** Schemas wide enough that a scan per name costs more than an index (`search "x"` over every catalogued table). */
const INDEXED_WIDTH = 256;
const indexes = new WeakMap<readonly KqlColumn[], ReadonlyMap<string, KqlColumn>>();

export function columnOf(env: ExprEnv, name: string): KqlColumn | undefined {
  const { columns } = env;
  if (columns.length < INDEXED_WIDTH) return columns.find((c) => c.name === name);
  let index = indexes.get(columns);
  if (index === undefined) {
    // Reversed so that the first of two same-named columns wins, as find() picks it.
    index = new Map(columns.toReversed().map((c) => [c.name, c]));
    indexes.set(columns, index);
  }
  return index.get(name);
}
