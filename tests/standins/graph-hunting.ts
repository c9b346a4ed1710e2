import type { KqlType } from '../../src/kql/index.ts';
import { jsonBody, type Reply, type Standin, startHttpsStandin } from './https-standin.ts';
import { executeOnFixtures } from './kql-executor.ts';
import { parseTimespan } from './timespan.ts';

export interface GraphHuntingStandinOptions {
  /** Directory of fixture logs (DeviceLogonEvents.jsonl, …). */
  readonly dataDir: string;
  readonly now?: Date;
  readonly acceptToken?: (token: string) => boolean;
}

const DOTNET_TYPES: Readonly<Record<KqlType, string>> = {
  string: 'String',
  guid: 'Guid',
  int: 'Int32',
  long: 'Int64',
  real: 'Double',
  decimal: 'Decimal',
  bool: 'Boolean',
  datetime: 'DateTime',
  timespan: 'TimeSpan',
  dynamic: 'Object',
};

/**
 * Microsoft Graph advanced hunting stand-in (`POST /v1.0/security/runHuntingQuery`), answering
 * with our KQL engine. Reach it with `cloud.graphBaseUrl: url` and the test CA.
 */
export async function startGraphHuntingStandin(options: GraphHuntingStandinOptions): Promise<Standin> {
  return startHttpsStandin(async (call) => {
    if (call.method !== 'POST' || call.path.split('?')[0] !== '/v1.0/security/runHuntingQuery') {
      return graphError(404, 'ResourceNotFound', `no route ${call.method} ${call.path}`);
    }
    const token = /^Bearer (.+)$/.exec(String(call.headers.authorization ?? ''))?.[1];
    if (token === undefined || !(options.acceptToken?.(token) ?? true))
      return graphError(401, 'InvalidAuthenticationToken', 'Access token is empty or invalid.');
    const body = jsonBody(call) as { Query?: unknown; Timespan?: unknown } | undefined;
    if (typeof body?.Query !== 'string') return graphError(400, 'BadRequest', 'The Query property is required.');
    const now = options.now ?? new Date();
    let window: { start: Date; end: Date };
    try {
      window = parseTimespan(typeof body.Timespan === 'string' ? body.Timespan : 'P30D', now);
    } catch (error) {
      return graphError(400, 'BadRequest', `invalid Timespan: ${(error as Error).message}`);
    }
    const answer = await executeOnFixtures([options.dataDir], body.Query, window, now);
    if (!answer.ok) return graphError(400, 'BadRequest', `Query failed: ${answer.message}`);
    const { columns, rows } = answer.table;
    return {
      status: 200,
      json: {
        '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#microsoft.graph.security.huntingQueryResults',
        schema: columns.map((column) => ({ name: column.name, type: DOTNET_TYPES[column.type] })),
        // Results are keyed by column name; dynamic values travel as JSON text.
        results: rows.map((row) =>
          Object.fromEntries(
            columns.map((column, i) => [
              column.name,
              column.type === 'dynamic' && row[i] !== null ? JSON.stringify(row[i]) : row[i],
            ]),
          ),
        ),
      },
    };
  });
}

function graphError(status: number, code: string, message: string): Reply {
  return {
    status,
    json: {
      error: { code, message, innerError: { date: new Date().toISOString(), 'request-id': crypto.randomUUID() } },
    },
  };
}
