import { type Failure as RemoteFailure, retryAfterMs } from '../remote/index.ts';
import type { BackendErrorCode } from './errors.ts';

/** What went wrong with one call to a query service, in terms of what to do next. */
export type Failure = RemoteFailure<BackendErrorCode>;

interface ErrorShape {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  statusCode?: unknown;
  response?: { headers?: { get(name: string): string | undefined | null } };
  headers?: { get(name: string): string | undefined | null };
  /** RestError: the parsed OneAPI error body. */
  details?: { error?: { details?: { code?: string; message?: string }[] } };
}

const AUTH_ERROR_NAMES = new Set([
  'AuthenticationError',
  'CredentialUnavailableError',
  'AuthenticationRequiredError',
  'AggregateAuthenticationError',
]);
const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'REQUEST_SEND_ERROR',
  'TypeError',
  'UND_ERR_SOCKET',
]);

/**
 * Classifies an error thrown by the Azure SDK (RestError), the Graph client (GraphError) or
 * @azure/identity. Works on the shape, not the class, because each SDK brings its own.
 */
export function classifyFailure(error: unknown): Failure {
  const shape = (typeof error === 'object' && error !== null ? error : {}) as ErrorShape;
  const message = withServiceDetails(
    typeof shape.message === 'string' && shape.message !== '' ? shape.message : String(error),
    shape,
  );
  const status = typeof shape.statusCode === 'number' ? shape.statusCode : undefined;
  const code = typeof shape.code === 'string' ? shape.code : undefined;
  if (typeof shape.name === 'string' && AUTH_ERROR_NAMES.has(shape.name)) {
    return { code: 'huntops_backend_auth_failed', retryable: false, detail: `could not get a token: ${message}` };
  }
  if (status === 429) {
    const retryAfterMs = retryAfterOf(shape);
    const after = retryAfterMs === undefined ? '' : `, Retry-After ${Math.ceil(retryAfterMs / 1000)} s`;
    return {
      code: 'huntops_backend_throttled',
      retryable: true,
      detail: `throttled by the service (HTTP 429${after}): ${message}`,
      retryAfterMs,
    };
  }
  if (status === 504 || status === 408)
    return {
      code: 'huntops_backend_timeout',
      retryable: true,
      detail: `the service timed out (HTTP ${status}): ${message}`,
    };
  if (status !== undefined && status >= 500) {
    return {
      code: 'huntops_backend_unavailable',
      retryable: true,
      detail: `service error (HTTP ${status}): ${message}`,
      retryAfterMs: retryAfterOf(shape),
    };
  }
  if (status === 401 || status === 403)
    return {
      code: 'huntops_backend_auth_failed',
      retryable: false,
      detail: `access denied (HTTP ${status}): ${message}`,
    };
  if (status !== undefined && status >= 400)
    return {
      code: 'huntops_backend_query_rejected',
      retryable: false,
      detail: `the service rejected the query (HTTP ${status}): ${message}`,
    };
  // RestError says PARSE_ERROR; GraphError keeps the JSON.parse error's name as its code.
  if (code === 'PARSE_ERROR' || code === 'SyntaxError' || error instanceof SyntaxError) {
    return {
      code: 'huntops_backend_bad_response',
      retryable: false,
      // The parser's own words quote the broken body: they stay in the error's cause (the log), not in the chat.
      detail: 'the service answered with something huntops could not read (not valid JSON)',
    };
  }
  if ((code !== undefined && NETWORK_CODES.has(code)) || status === -1) {
    return { code: 'huntops_backend_unavailable', retryable: true, detail: `network failure: ${message}` };
  }
  return { code: 'huntops_backend_unavailable', retryable: false, detail: message };
}

function retryAfterOf(shape: ErrorShape): number | undefined {
  const headers = shape.response?.headers ?? shape.headers;
  if (!headers) return undefined;
  const ms = Number(headers.get('retry-after-ms') ?? headers.get('x-ms-retry-after-ms') ?? Number.NaN);
  if (Number.isFinite(ms)) return ms;
  return retryAfterMs(headers.get('retry-after'));
}

// Log Analytics puts the useful part ("SemanticError: unknown column …") in details[], not in message.
function withServiceDetails(message: string, shape: ErrorShape): string {
  const details = shape.details?.error?.details;
  if (!Array.isArray(details) || details.length === 0) return message;
  return `${message} (${details.map((detail) => `${detail.code ?? 'Error'}: ${detail.message ?? ''}`).join('; ')})`;
}
