import { jsonBody, type RecordedCall, type Reply, type Standin, startHttpsStandin } from './https-standin.ts';
import { executeOnFixtures } from './kql-executor.ts';
import { parseTimespan } from './timespan.ts';

export interface LogAnalyticsStandinOptions {
  /** workspaceId → directory of fixture logs (one .jsonl per table). */
  readonly workspaces: Readonly<Record<string, string>>;
  /** The service's clock for `now()`/`ago()` and for duration-only timespans. Default: real time. */
  readonly now?: Date;
  /** Checks the bearer token (e.g. with the Entra stand-in's `verify`); default: any non-empty token. */
  readonly acceptToken?: (token: string) => boolean;
}

/**
 * Log Analytics query API stand-in (`POST [/v1]/workspaces/{id}/query`), answering with our KQL
 * engine. Reach it with `cloud.logAnalyticsEndpoint: url + '/v1'` and the test CA.
 */
export async function startLogAnalyticsStandin(options: LogAnalyticsStandinOptions): Promise<Standin> {
  return startHttpsStandin(async (call, partial) => {
    const match = /^(?:\/v1)?\/workspaces\/([^/?]+)\/query$/.exec(call.path.split('?')[0]);
    if (call.method !== 'POST' || !match)
      return oneApiError(404, 'PathNotFoundError', `no route ${call.method} ${call.path}`);
    if (!authorized(call, options.acceptToken))
      return oneApiError(401, 'InvalidAuthenticationTokenAudience', 'missing or invalid bearer token');
    const body = jsonBody(call) as { query?: unknown; timespan?: unknown; workspaces?: unknown } | undefined;
    if (typeof body?.query !== 'string')
      return oneApiError(400, 'BadArgumentError', 'The request had some invalid properties: query is required');
    const workspaceIds = [
      decodeURIComponent(match[1]),
      ...(Array.isArray(body.workspaces) ? (body.workspaces as string[]) : []),
    ];
    const unknown = workspaceIds.find((id) => options.workspaces[id] === undefined);
    if (unknown) return oneApiError(404, 'WorkspaceNotFoundError', `Workspace '${unknown}' could not be found`);
    const now = options.now ?? new Date();
    let window: { start: Date; end: Date };
    try {
      window =
        typeof body.timespan === 'string'
          ? parseTimespan(body.timespan, now)
          : { start: new Date(0), end: new Date(8.64e15) };
    } catch (error) {
      return oneApiError(400, 'BadArgumentError', `invalid timespan: ${(error as Error).message}`);
    }
    const answer = await executeOnFixtures(
      workspaceIds.map((id) => options.workspaces[id]),
      body.query,
      window,
      now,
    );
    if (!answer.ok)
      return oneApiError(400, 'BadArgumentError', 'The request had some invalid properties', [
        { code: answer.code, message: answer.message },
      ]);
    const dynamicColumns = answer.table.columns.map((column) => column.type === 'dynamic');
    // The service sends dynamic cells as JSON text; the SDK parses them back.
    const rows = answer.table.rows.map((row) =>
      row.map((cell, i) => (dynamicColumns[i] && cell !== null ? JSON.stringify(cell) : cell)),
    );
    const table = { name: 'PrimaryResult', columns: answer.table.columns, rows };
    const statistics = wantsStatistics(call) ? { statistics: statisticsOf(answer.rowsScanned) } : {};
    if (!partial) return { status: 200, json: { tables: [table], ...statistics } };
    return {
      status: 200,
      json: {
        ...statistics,
        tables: [{ ...table, rows: rows.slice(0, partial.keepRows ?? Math.floor(rows.length / 2)) }],
        error: {
          code: 'PartialError',
          message: 'There were some errors when processing your query.',
          details: [
            {
              code: 'EngineError',
              message: 'Query execution has exceeded the allowed limits.',
              innererror: { code: '-2133196790', severity: 3, severityName: 'Warning' },
            },
          ],
        },
      },
    };
  });
}

/** `Prefer: include-statistics=true` (the SDK's includeQueryStatistics), among the comma-joined preferences. */
function wantsStatistics(call: RecordedCall): boolean {
  return /(^|,)\s*include-statistics=true\s*(,|$)/.test(String(call.headers.prefer ?? ''));
}

/** The part of the service's `statistics` object huntops reads, in the service's shape (under `query`). */
function statisticsOf(rowsScanned: number) {
  return {
    query: {
      executionTime: 0.01,
      inputDatasetStatistics: {
        extents: { total: 1, scanned: 1 },
        rows: { total: rowsScanned, scanned: rowsScanned },
      },
    },
  };
}

function authorized(call: RecordedCall, acceptToken: ((token: string) => boolean) | undefined): boolean {
  const token = /^Bearer (.+)$/.exec(String(call.headers.authorization ?? ''))?.[1];
  return token !== undefined && (acceptToken?.(token) ?? true);
}

function oneApiError(status: number, code: string, message: string, details?: unknown[]): Reply {
  return { status, json: { error: { code, message, details } } };
}
