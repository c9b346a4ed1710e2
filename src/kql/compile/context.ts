import type { DiagnosticDraft } from '../diagnostics/index.ts';
import type { ExecutionContext } from '../engine/index.ts';
import type { ExternalDataResults } from '../external/read-external-data.ts';
import type { KqlDatabase } from './kql-database.ts';
import { namesReadBy } from './names-read.ts';

/** Per-query facts every compile step needs: the data, the query's instant, limits and the diagnostic sink. */
export class CompileContext {
  readonly diagnostics: DiagnosticDraft[] = [];
  /** How deeply user functions are being inlined right now (recursion guard). */
  callDepth = 0;
  private names: ReadonlySet<string> | undefined;

  constructor(
    readonly database: KqlDatabase,
    /** The query's now() in epoch ms. */
    readonly now: number,
    readonly exec: ExecutionContext,
    /** What each `externaldata` source read before compiling (query.ts), by its start offset. */
    readonly externalData: ExternalDataResults = new Map(),
    /** The query's syntax tree, read for the names it reads (`namesRead`). */
    private readonly tree: unknown = undefined,
    /**
     * Whether a watchlist with no data answers with every name the query reads as a column of its own (watchlist.ts);
     * compileQuery sets it only for a query that does not bind without them.
     */
    readonly openWatchlists = false,
  ) {}

  /** Set when the query reads a watchlist the database has no data for. */
  readsWatchlistWithoutData = false;

  /**
   * The names the whole query reads (namesReadBy). The tree is walked the first time they are iterated, which
   * only an open table (AzureDiagnostics) or a watchlist without data does: resolving any other table costs nothing.
   */
  readonly namesRead: Iterable<string> = {
    [Symbol.iterator]: () => {
      this.names ??= namesReadBy(this.tree);
      return this.names.values();
    },
  };

  report(draft: DiagnosticDraft): void {
    if (this.diagnostics.some((d) => d.start === draft.start && d.code === draft.code && d.message === draft.message)) {
      return;
    }
    this.diagnostics.push(draft);
  }

  get hasErrors(): boolean {
    return this.diagnostics.some((d) => d.severity === 'error');
  }
}
