import type { BackendDeps } from './backend-deps.ts';
import { checkRequest } from './check-request.ts';
import { BackendConfigError, BackendError } from './errors.ts';
import { EngineThreadError, sharedEngineThread } from './local-engine/engine-thread.ts';
import type { LocalAnswer } from './local-engine/protocol.ts';
import type { QueryBackend, QueryRequest, QueryResult } from './query-backend.ts';
import type { TenantBackendConfig } from './tenant-config.ts';

/** Load warnings beyond this many are summarised, so one messy export does not flood the chat. */
const MAX_LOAD_WARNINGS = 5;

/**
 * The embedded KQL engine over the tenant's `local.dataDir`, run on the engine thread
 * (./local-engine) so the chat surfaces keep answering while it works. `externaldata` reads only what
 * `deps.externalData` maps or allow-lists, like `huntops kql`.
 */
export function createLocalBackend(tenant: TenantBackendConfig, deps: BackendDeps = {}): QueryBackend {
  const dataDir = tenant.local?.dataDir;
  if (!dataDir) {
    throw new BackendConfigError(
      `tenant '${tenant.name ?? tenant.entraTenantId}': local.dataDir is required for the local backend`,
    );
  }
  const engineThread = sharedEngineThread(engineHeapMb(deps.env));
  const logSkippedOnce = onceEach((skipped: { file: string; message: string }) =>
    deps.logger?.warn(
      { tenant: tenant.name, dataDir, file: skipped.file },
      `local data: ${skipped.file}: ${skipped.message}`,
    ),
  );
  return {
    kind: 'local',
    async query(request: QueryRequest): Promise<QueryResult> {
      checkRequest(request, 'local');
      const context = { tenant: request.tenant, backend: 'local' as const };
      const window = { start: request.window.start.getTime(), end: request.window.end.getTime() };
      let answer: LocalAnswer;
      try {
        answer = await engineThread.run({ dataDir, query: request.query, window, externalData: deps.externalData });
      } catch (error) {
        if (!(error instanceof EngineThreadError && error.code === 'huntops_engine_query_overran'))
          throw new BackendError('huntops_backend_query_failed', context, (error as Error).message, { cause: error });
        // The query stalled every local tenant's hunts until the watchdog ended it: the operator should know whose.
        deps.logger?.warn(
          { tenant: request.tenant, correlationId: request.correlationId, queryChars: request.query.length },
          'local engine: a query ran past its time limit; the engine thread was restarted',
        );
        throw new BackendError('huntops_backend_timeout', context, error.message, { cause: error });
      }
      switch (answer.kind) {
        case 'unreadable':
          throw new BackendError(
            'huntops_backend_data_unreadable',
            context,
            `cannot load ${dataDir}: ${answer.message}`,
          );
        case 'rejected':
          throw new BackendError(
            'huntops_backend_query_rejected',
            context,
            `the local engine cannot run the query: ${answer.messages.join('; ')}`,
          );
        case 'failed':
          throw new BackendError('huntops_backend_query_failed', context, `${answer.code}: ${answer.message}`);
        case 'ok':
          for (const skipped of answer.skippedFiles) logSkippedOnce(`${skipped.file}\n${skipped.message}`, skipped);
          return {
            backend: 'local',
            columns: answer.columns,
            rows: answer.rows,
            warnings: [...summariseLoadWarnings(answer.loadWarnings), ...answer.queryWarnings],
            truncated: answer.truncated,
            rowsScanned: answer.rowsRead,
          };
      }
    },
  };
}

/** HUNTOPS_LOCAL_ENGINE_HEAP_MB: the engine thread's heap cap in MB; unset, Node's default for the machine. */
function engineHeapMb(env: NodeJS.ProcessEnv | undefined): number | undefined {
  const raw = env?.HUNTOPS_LOCAL_ENGINE_HEAP_MB;
  if (raw === undefined || raw === '') return undefined;
  const mb = Number(raw);
  if (!Number.isInteger(mb) || mb < 32)
    throw new BackendConfigError(
      `HUNTOPS_LOCAL_ENGINE_HEAP_MB '${raw}' is not a whole number of megabytes of at least 32 (e.g. 4096); unset it for the default`,
    );
  return mb;
}

/** Calls `act` once per key: a stray file is worth one log line per process, not one per hunt. */
function onceEach<T>(act: (item: T) => void): (key: string, item: T) => void {
  const seen = new Set<string>();
  return (key, item) => {
    if (seen.has(key)) return;
    seen.add(key);
    act(item);
  };
}

function summariseLoadWarnings(warnings: readonly { file: string; message: string }[]): string[] {
  const shown = warnings.slice(0, MAX_LOAD_WARNINGS).map((warning) => `${warning.file}: ${warning.message}`);
  if (warnings.length > MAX_LOAD_WARNINGS)
    shown.push(`… and ${warnings.length - MAX_LOAD_WARNINGS} more load warnings`);
  return shown;
}
