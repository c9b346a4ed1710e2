import { toHttpHeadersLike } from '@azure/core-http-compat';
import {
  createDefaultHttpClient,
  createHttpHeaders,
  createPipelineRequest,
  type HttpClient,
  type PipelineResponse,
} from '@azure/core-rest-pipeline';
import type { ConnectorClientOptions } from 'botframework-connector';
import type { TeamsConnectorErrorCode } from '../../cards/index.ts';
import { type Failure as RemoteFailure, retryAfterMs, retryWithBackoff } from '../../remote/index.ts';
import type { ConnectorBudget } from './connector-budget.ts';
import { TeamsConnectorError } from './connector-error.ts';

type ConnectorHttpClient = NonNullable<ConnectorClientOptions['httpClient']>;
type ConnectorRequest = Parameters<ConnectorHttpClient['sendRequest']>[0];
type ConnectorResponse = Awaited<ReturnType<ConnectorHttpClient['sendRequest']>>;

/** Told about every attempt of a connector call (for metrics): 'ok' or what went wrong; must not throw. */
export type ConnectorCallObserver = (outcome: 'ok' | TeamsConnectorErrorCode) => void;

type Failure = RemoteFailure<TeamsConnectorErrorCode>;

/**
 * The connector client's transport, with huntops' retry budget. botframework-connector 4.23 builds each
 * ConnectorClient on @azure/core-client with the default retry policy (4 attempts, Retry-After obeyed however
 * long, no timeout) and offers no way to change it: `retryOptions` and `noRetryPolicy` are not passed on,
 * and ConnectorFactoryImpl replaces any `requestPolicyFactories`. `httpClient` is the one option it honours, so
 * the attempts happen here, on the SDK's own Node transport, and every failure leaves as a TeamsConnectorError:
 * not being a RestError, it passes the SDK's retry policy untouched.
 */
export function boundedConnectorTransport(
  budget: ConnectorBudget,
  observe?: ConnectorCallObserver,
): ConnectorHttpClient {
  const transport = createDefaultHttpClient();
  return {
    sendRequest: (resource: ConnectorRequest): Promise<ConnectorResponse> =>
      retryWithBackoff<ConnectorResponse, TeamsConnectorErrorCode>(
        async () => {
          const outcome = await attemptOnce(transport, resource, budget);
          observe?.('status' in outcome ? (outcome.status < 400 ? 'ok' : 'huntops_teams_refused') : outcome.code);
          return 'status' in outcome ? { ok: true, value: outcome } : { ok: false, failure: outcome };
        },
        {
          policy: budget,
          giveUp: (failure, attempts) => {
            const tries = attempts > 1 ? ` (${attempts} attempts)` : '';
            return new TeamsConnectorError(failure.code, `${failure.detail}${tries}`, { cause: failure.cause });
          },
        },
      ),
  };
}

async function attemptOnce(
  transport: HttpClient,
  resource: ConnectorRequest,
  budget: ConnectorBudget,
): Promise<ConnectorResponse | Failure> {
  const signal = AbortSignal.timeout(budget.attemptTimeoutMs);
  try {
    const response = await transport.sendRequest(pipelineRequest(resource, signal));
    return classifyResponse(response) ?? compatResponse(resource, response);
  } catch (error) {
    return classifyError(error, signal, budget);
  }
}

function pipelineRequest(resource: ConnectorRequest, abortSignal: AbortSignal) {
  return createPipelineRequest({
    url: resource.url,
    method: resource.method,
    headers: createHttpHeaders(resource.headers.toJson({ preserveCase: true })),
    body: resource.body,
    abortSignal,
    // What the SDK's own pipeline decided for this request (a proxy from HTTPS_PROXY, keep-alive).
    agent: resource.agent,
    proxySettings: resource.proxySettings,
    streamResponseStatusCodes: resource.streamResponseStatusCodes,
    // The Bot Framework Emulator listens on plain http://localhost; ServiceClientContext allows it the same way.
    allowInsecureConnection: resource.url.startsWith('http:'),
  });
}

/** The request stays the SDK's own (a proxy of it), so its deserializer finds the operation it belongs to. */
function compatResponse(resource: ConnectorRequest, response: PipelineResponse): ConnectorResponse {
  return {
    request: resource,
    status: response.status,
    headers: toHttpHeadersLike(response.headers),
    bodyAsText: response.bodyAsText,
    readableStreamBody: response.readableStreamBody,
  };
}

function classifyResponse(response: PipelineResponse): Failure | undefined {
  const { status } = response;
  const retryAfter = retryAfterMs(response.headers.get('retry-after'));
  if (status === 429)
    return {
      code: 'huntops_teams_throttled',
      detail: `the Bot Framework connector is throttling huntops (HTTP 429${retryAfter === undefined ? '' : `, retry after ${retryAfter / 1000} s`})`,
      retryable: true,
      retryAfterMs: retryAfter,
    };
  if (status >= 500 || status === 408)
    return {
      code: 'huntops_teams_connector_error',
      detail: `the Bot Framework connector answered HTTP ${status}`,
      retryable: true,
      retryAfterMs: retryAfter,
    };
  return undefined; // a success, or a refusal the SDK reports with the service's own words
}

function classifyError(error: unknown, signal: AbortSignal, budget: ConnectorBudget): Failure {
  // A message that timed out may still have arrived: sending it again could post the card twice.
  if (signal.aborted)
    return {
      code: 'huntops_teams_no_answer',
      detail: `the Bot Framework connector did not answer within ${budget.attemptTimeoutMs / 1000} s`,
      retryable: false,
      cause: error,
    };
  const code = (error as { code?: unknown })?.code;
  const name = (error as { name?: unknown })?.name;
  return {
    code: 'huntops_teams_connection_lost',
    detail: `the connection to the Bot Framework connector failed (${typeof code === 'string' ? code : String(error)})`,
    // The transport raises RestError for network failures (reset, refused, DNS); anything else is not the network.
    retryable: name === 'RestError',
    cause: error,
  };
}
