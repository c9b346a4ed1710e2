import type { KqlColumn } from '../kql/index.ts';
import { createGraphClient } from '../remote/index.ts';
import { type BackendDeps, resolveRemoteSetup } from './backend-deps.ts';
import { checkRequest } from './check-request.ts';
import type { QueryBackend, QueryRequest, QueryResult } from './query-backend.ts';
import { callWithRetry } from './retry.ts';
import type { TenantBackendConfig } from './tenant-config.ts';
import { columnTypeToKql, toWireCell } from './wire-cells.ts';

/** Advanced hunting keeps 30 days of data; a longer window is cut to the most recent 30 days. */
export const DEFENDER_MAX_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;
/** Advanced hunting's documented row cap. */
const DEFENDER_ROW_LIMIT = 100_000;

interface HuntingResponse {
  schema?: { name?: string; Name?: string; type?: string; Type?: string }[];
  results?: Record<string, unknown>[];
}

/** Defender XDR advanced hunting through Microsoft Graph `POST /security/runHuntingQuery`. */
export function createDefenderBackend(tenant: TenantBackendConfig, deps: BackendDeps = {}): QueryBackend {
  const setup = resolveRemoteSetup(tenant, deps, 'defender');
  const client = createGraphClient(setup.credential, setup.cloud);

  return {
    kind: 'defender',
    async query(request: QueryRequest): Promise<QueryResult> {
      checkRequest(request, 'defender');
      const warnings: string[] = [];
      const start = cappedStart(request.window, warnings);
      const body = { Query: request.query, Timespan: `${start.toISOString()}/${request.window.end.toISOString()}` };
      const response: HuntingResponse = await callWithRetry(
        (signal) => {
          const call = client.api('/security/runHuntingQuery').option('signal', signal);
          if (request.correlationId) call.header('client-request-id', request.correlationId);
          return call.post(body);
        },
        {
          gate: setup.gate,
          policy: setup.policy,
          context: { tenant: request.tenant, backend: 'defender' },
          signal: request.signal,
          observer: setup.observer,
        },
      );
      return toResult(response, warnings);
    },
  };
}

function cappedStart(window: QueryRequest['window'], warnings: string[]): Date {
  const earliest = new Date(window.end.getTime() - DEFENDER_MAX_WINDOW_MS);
  if (window.start >= earliest) return window.start;
  warnings.push(
    `Defender advanced hunting keeps 30 days of data: the window was cut to start at ${earliest.toISOString()}`,
  );
  return earliest;
}

function toResult(response: HuntingResponse, warnings: string[]): QueryResult {
  // The documentation shows the schema keys both as name/type and Name/Type.
  const columns: KqlColumn[] = (response.schema ?? []).map((column) => ({
    name: column.name ?? column.Name ?? '',
    type: columnTypeToKql(column.type ?? column.Type ?? 'String'),
  }));
  const results = response.results ?? [];
  const rows = results.map((record) =>
    columns.map((column) => toWireCell(column.type, record[column.name], { parseDynamicText: true })),
  );
  const truncated = results.length >= DEFENDER_ROW_LIMIT;
  if (truncated)
    warnings.push(`Defender returned its maximum of ${DEFENDER_ROW_LIMIT} rows; narrow the query to see everything`);
  return { backend: 'defender', columns, rows, warnings, truncated };
}
