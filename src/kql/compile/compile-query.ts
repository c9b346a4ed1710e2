import { Diagnostics, type KqlDiagnostic, locateDiagnostics } from '../diagnostics/index.ts';
import type { ColumnTable, ExecutionContext } from '../engine/index.ts';
import type { QueryNode } from '../syntax/index.ts';
import type { KqlColumn } from '../types.ts';
import type { KqlDatabase } from './database.ts';

export interface CompileOptions {
  readonly database: KqlDatabase;
  /** The query's now() in epoch ms. */
  readonly now: number;
  readonly context: ExecutionContext;
}

export interface CompiledQuery {
  readonly diagnostics: KqlDiagnostic[];
  readonly schema: readonly KqlColumn[];
  run(): ColumnTable;
}

/** Binds and compiles a parsed query. (Work in progress: execution lands in the next commit.) */
export function compileQuery(tree: QueryNode, text: string, _options: CompileOptions): CompiledQuery {
  return {
    diagnostics: locateDiagnostics(text, [Diagnostics.unsupportedConstruct('query execution', tree.span)]),
    schema: [],
    run: () => {
      throw new Error('not compiled');
    },
  };
}
