import {
  LogsQueryClient,
  type LogsQueryPartialResult,
  LogsQueryResultStatus,
  type LogsTable,
} from '@azure/monitor-query-logs';
import type { KqlColumn } from '../kql/index.ts';
import { type BackendDeps, resolveRemoteSetup } from './backend-deps.ts';
import { checkRequest } from './check-request.ts';
import { BackendConfigError } from './errors.ts';
import type { QueryBackend, QueryRequest, QueryResult } from './query-backend.ts';
import { callWithRetry } from './retry.ts';
import type { TenantBackendConfig } from './tenant-config.ts';
import { columnTypeToKql, toWireRows } from './wire-cells.ts';

const DEFAULT_SERVER_TIMEOUT_SECONDS = 180;
/** The service refuses to wait longer than 10 minutes. */
const MAX_SERVER_TIMEOUT_SECONDS = 600;

/** Log Analytics through LogsQueryClient.queryWorkspace, on the tenant's workspace (plus additional ones). */
export function createLogAnalyticsBackend(tenant: TenantBackendConfig, deps: BackendDeps = {}): QueryBackend {
  const workspace = tenant.logAnalytics;
  if (!workspace?.workspaceId) {
    throw new BackendConfigError(
      `tenant '${tenant.name ?? tenant.entraTenantId}': logAnalytics.workspaceId is required for the logAnalytics backend`,
    );
  }
  const setup = resolveRemoteSetup(tenant, deps, 'logAnalytics');
  const serverTimeoutInSeconds = Math.min(
    MAX_SERVER_TIMEOUT_SECONDS,
    Math.max(1, Math.round(deps.serverTimeoutSeconds ?? DEFAULT_SERVER_TIMEOUT_SECONDS)),
  );
  const client = new LogsQueryClient(setup.credential, {
    endpoint: setup.cloud.logAnalyticsEndpoint,
    // 1.0.0 ignores `audience`; the scope is what selects the sovereign token audience.
    credentials: { scopes: [setup.cloud.logAnalyticsScope] },
    retryOptions: { maxRetries: 0 }, // one retry policy: ours (callWithRetry)
    tlsOptions: setup.cloud.caPem === undefined ? undefined : { ca: setup.cloud.caPem },
  });
  // Unless told otherwise, give the server time to report its own timeout (504) before we give up.
  const policy = deps.retry?.attemptTimeoutMs
    ? setup.policy
    : { ...setup.policy, attemptTimeoutMs: (serverTimeoutInSeconds + 15) * 1000 };

  return {
    kind: 'logAnalytics',
    async query(request: QueryRequest): Promise<QueryResult> {
      checkRequest(request, 'logAnalytics');
      const result = await callWithRetry(
        (abortSignal) =>
          client.queryWorkspace(
            workspace.workspaceId,
            request.query,
            { startTime: request.window.start, endTime: request.window.end },
            {
              additionalWorkspaces: workspace.additionalWorkspaces?.length
                ? [...workspace.additionalWorkspaces]
                : undefined,
              serverTimeoutInSeconds,
              // Prefer: include-statistics=true, for the rows the service scanned (see scannedRowsOf).
              includeQueryStatistics: true,
              abortSignal,
              // Lets the service's logs be matched with our audit trail.
              requestOptions: request.correlationId
                ? { headers: { 'x-ms-client-request-id': request.correlationId } }
                : undefined,
            },
          ),
        {
          gate: setup.gate,
          policy,
          context: { tenant: request.tenant, backend: 'logAnalytics' },
          signal: request.signal,
          observer: setup.observer,
        },
      );
      const rowsScanned = scannedRowsOf(result.statistics);
      if (result.status === LogsQueryResultStatus.PartialFailure) {
        return { ...toResult(result.partialTables, [partialWarning(result)], true), rowsScanned };
      }
      return { ...toResult(result.tables, [], false), rowsScanned };
    },
  };
}

function toResult(tables: LogsTable[], warnings: string[], truncated: boolean): QueryResult {
  const [primary, ...extra] = tables;
  if (extra.length > 0)
    warnings.push(`the query returned ${tables.length} tables; only the first (${primary.name}) is shown`);
  const columns: KqlColumn[] = (primary?.columnDescriptors ?? []).map((column) => ({
    name: column.name ?? '',
    type: columnTypeToKql(column.type ?? 'string'),
  }));
  return { backend: 'logAnalytics', columns, rows: toWireRows(columns, primary?.rows ?? []), warnings, truncated };
}

/**
 * The rows the service scanned: `statistics.query.inputDatasetStatistics.rows.scanned` of the query API's
 * `include-statistics` answer. The SDK types `statistics` as an untyped record whose shape "can vary by
 * query", so anything else there means no count: the card then says rows returned, never a guess.
 */
function scannedRowsOf(statistics: Record<string, unknown> | undefined): number | undefined {
  const query = statistics?.query as { inputDatasetStatistics?: { rows?: { scanned?: unknown } } } | undefined;
  const scanned = query?.inputDatasetStatistics?.rows?.scanned;
  return typeof scanned === 'number' && Number.isSafeInteger(scanned) && scanned >= 0 ? scanned : undefined;
}

function partialWarning(result: LogsQueryPartialResult): string {
  const error = result.partialError as {
    code?: string;
    message?: string;
    details?: { code?: string; message?: string }[];
  };
  const details = (error.details ?? []).map((detail) => `${detail.code ?? 'Error'}: ${detail.message ?? ''}`.trim());
  const head = `Log Analytics returned partial results (${error.code ?? 'PartialError'}): ${error.message ?? 'some errors occurred'}`;
  return details.length > 0 ? `${head} [${details.join('; ')}]` : head;
}
