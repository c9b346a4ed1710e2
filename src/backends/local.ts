import pLimit from 'p-limit';
import {
  formatDiagnostic,
  KqlDatabase,
  KqlLoadError,
  loadColumnTablesCached,
  runQuery,
  toWireTable,
} from '../kql/index.ts';
import { checkRequest } from './check-request.ts';
import { BackendConfigError, BackendError } from './errors.ts';
import type { QueryBackend, QueryRequest, QueryResult } from './query-backend.ts';
import type { TenantBackendConfig } from './tenant-config.ts';
import { restrictToWindow } from './time-window.ts';
import { toWireRows } from './wire-cells.ts';

/** Load warnings beyond this many are summarised, so one messy export does not flood the chat. */
const MAX_LOAD_WARNINGS = 5;

/**
 * Local queries are CPU work on the one event loop. Run one at a time, each after a turn of the loop, so
 * a burst of hunts cannot delay the 3-second acknowledgement of the commands still arriving behind them.
 */
const engineTurn = pLimit(1);
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/**
 * The embedded KQL engine over the tenant's `local.dataDir`. Files are loaded once and reloaded
 * when they change; the window restricts every table's TimeGenerated/Timestamp like the services
 * do, and `now()` is the window's end so replayed exports behave as on the day they were taken.
 */
export function createLocalBackend(tenant: TenantBackendConfig): QueryBackend {
  const dataDir = tenant.local?.dataDir;
  if (!dataDir) {
    throw new BackendConfigError(
      `tenant '${tenant.name ?? tenant.entraTenantId}': local.dataDir is required for the local backend`,
    );
  }
  return {
    kind: 'local',
    async query(request: QueryRequest): Promise<QueryResult> {
      checkRequest(request, 'local');
      const context = { tenant: request.tenant, backend: 'local' as const };
      let loaded: Awaited<ReturnType<typeof loadColumnTablesCached>>;
      try {
        loaded = await loadColumnTablesCached(dataDir);
      } catch (error) {
        const hint = error instanceof KqlLoadError ? ` (${error.hint})` : '';
        throw new BackendError(
          'huntops_backend_data_unreadable',
          context,
          `cannot load ${dataDir}: ${(error as Error).message}${hint}`,
          { cause: error },
        );
      }
      const database = restrictToWindow(KqlDatabase.empty().withTables(...loaded.tables), request.window);
      const outcome = await engineTurn(async () => {
        await nextTurn();
        return runQuery(database, request.query, { now: request.window.end });
      });
      if (!outcome.ok && outcome.kind === 'diagnostics') {
        const messages = outcome.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
        throw new BackendError(
          'huntops_backend_query_rejected',
          context,
          `the query does not compile: ${messages.join('; ')}`,
        );
      }
      if (!outcome.ok) {
        throw new BackendError(
          'huntops_backend_query_failed',
          context,
          `${outcome.error.code}: ${outcome.error.message}`,
        );
      }
      const wire = toWireTable(outcome.table);
      const warnings = [...loadWarnings(loaded.warnings), ...outcome.warnings];
      // runQuery reports its row cap only as a warning text ("result truncated to N rows").
      const truncated = outcome.warnings.some((warning) => warning.includes('truncated'));
      return {
        backend: 'local',
        columns: wire.columns,
        rows: toWireRows(wire.columns, wire.rows),
        warnings,
        truncated,
      };
    },
  };
}

function loadWarnings(warnings: readonly { file: string; message: string }[]): string[] {
  const shown = warnings.slice(0, MAX_LOAD_WARNINGS).map((warning) => `${warning.file}: ${warning.message}`);
  if (warnings.length > MAX_LOAD_WARNINGS)
    shown.push(`… and ${warnings.length - MAX_LOAD_WARNINGS} more load warnings`);
  return shown;
}
