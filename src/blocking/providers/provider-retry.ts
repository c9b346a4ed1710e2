import { type BackoffPolicy, type Failure, retryAfterMs, retryWithBackoff } from '../../remote/index.ts';
import { BlockProviderError, type BlockProviderErrorCode } from './provider-error.ts';

/**
 * Bounded retries for provider calls: 429 after its Retry-After, 5xx, timeouts and network failures. A Retry-After
 * longer than `maxRetryAfterMs` is not waited for: the block fails as throttled and the approver may retry later.
 */
export interface ProviderRetryPolicy extends BackoffPolicy {
  readonly attemptTimeoutMs: number;
}

/**
 * Sized so one block call (4 × 15 s plus waits) ends inside the outbox lease (120 s by default): a call
 * still running when the lease runs out would be started a second time by another worker.
 */
export const DEFAULT_PROVIDER_RETRY: ProviderRetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 1_000,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 15_000,
  attemptTimeoutMs: 15_000,
};

type Classified = Failure<BlockProviderErrorCode>;

/** Told about every attempt of a provider call (for metrics): 'ok' or the failure's code; must not throw. */
export type ProviderCallObserver = (outcome: 'ok' | BlockProviderErrorCode) => void;

/**
 * Runs `call` (which receives an abort signal for its attempt) until it succeeds or the policy is spent.
 * `what` names the operation, tenant and provider in the final error, e.g. "Defender indicator for tenant-a".
 */
export async function withProviderRetry<T>(
  what: string,
  policy: ProviderRetryPolicy,
  call: (signal: AbortSignal) => Promise<T>,
  observe?: ProviderCallObserver,
): Promise<T> {
  return retryWithBackoff<T, BlockProviderErrorCode>(
    async () => {
      const signal = AbortSignal.timeout(policy.attemptTimeoutMs);
      try {
        const value = await call(signal);
        observe?.('ok');
        return { ok: true, value };
      } catch (error) {
        if (error instanceof BlockProviderError) {
          observe?.(error.code);
          throw error;
        }
        const failure = classify(error, signal, policy);
        observe?.(failure.code);
        return { ok: false, failure: { ...failure, cause: error } };
      }
    },
    {
      policy,
      giveUp: (failure, attempts) => {
        const tries = attempts > 1 ? ` after ${attempts} attempts` : '';
        return new BlockProviderError(failure.code, `${what} failed${tries}: ${failure.detail}`, {
          cause: failure.cause,
        });
      },
    },
  );
}

interface ErrorShape {
  name?: unknown;
  message?: unknown;
  statusCode?: unknown;
  retryAfterMs?: unknown;
  headers?: { get(name: string): string | null };
}

const AUTH_ERRORS = new Set(['AuthenticationError', 'CredentialUnavailableError', 'AuthenticationRequiredError']);

// Works on the shape: our ProviderHttpError, the Graph client's GraphError and @azure/identity's errors.
function classify(error: unknown, signal: AbortSignal, policy: ProviderRetryPolicy): Classified {
  const shape = (typeof error === 'object' && error !== null ? error : {}) as ErrorShape;
  const message = typeof shape.message === 'string' && shape.message ? shape.message : String(error);
  const status = typeof shape.statusCode === 'number' ? shape.statusCode : undefined;
  if (signal.aborted)
    return { code: 'huntops_block_timeout', retryable: true, detail: `no answer within ${policy.attemptTimeoutMs} ms` };
  if (typeof shape.name === 'string' && AUTH_ERRORS.has(shape.name))
    return { code: 'huntops_block_auth_failed', retryable: false, detail: `could not get a token: ${message}` };
  if (status === 429) {
    const after =
      typeof shape.retryAfterMs === 'number' ? shape.retryAfterMs : retryAfterMs(shape.headers?.get('retry-after'));
    return {
      code: 'huntops_block_throttled',
      retryable: true,
      detail: `throttled (HTTP 429): ${message}`,
      retryAfterMs: after,
    };
  }
  if (status === 408 || status === 504)
    return { code: 'huntops_block_timeout', retryable: true, detail: `HTTP ${status}: ${message}` };
  if (status !== undefined && status >= 500)
    return { code: 'huntops_block_unavailable', retryable: true, detail: `service error (HTTP ${status}): ${message}` };
  if (status === 401 || status === 403)
    return {
      code: 'huntops_block_auth_failed',
      retryable: false,
      detail: `access denied (HTTP ${status}): ${message}`,
    };
  if (status !== undefined && status >= 400)
    return { code: 'huntops_block_rejected', retryable: false, detail: `rejected (HTTP ${status}): ${message}` };
  // fetch rejects with a TypeError on network and TLS failures; the Graph client reports those as statusCode -1.
  if (error instanceof TypeError || status === -1)
    return { code: 'huntops_block_unavailable', retryable: true, detail: `network failure: ${message}` };
  return { code: 'huntops_block_unavailable', retryable: false, detail: message };
}
