import { type BackoffPolicy, retryWithBackoff } from '../remote/index.ts';
import { classifyFailure, type Failure } from './classify-failure.ts';
import { BackendError, type BackendErrorCode, type BackendErrorContext } from './errors.ts';
import type { BackendKind } from './query-backend.ts';
import type { QuotaGate } from './quotas.ts';

/**
 * The one retry policy for every backend (the SDKs' own retries are switched off). A Retry-After longer than
 * `maxRetryAfterMs` is not waited for: the query fails as throttled at once.
 */
export interface RetryPolicy extends BackoffPolicy {
  /** Client-side limit per call, a little above the server timeout we ask for. */
  readonly attemptTimeoutMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 1_000,
  maxDelayMs: 20_000,
  maxRetryAfterMs: 120_000,
  attemptTimeoutMs: 200_000,
};

/** One call to a remote service: `outcome` is `ok` or the failure's code (`huntops_backend_throttled`…). */
export interface RemoteCallEvent {
  readonly tenant: string;
  readonly backend: BackendKind;
  readonly outcome: 'ok' | BackendErrorCode;
}

/** Told about every attempt (for metrics); must not throw. */
export type RemoteCallObserver = (event: RemoteCallEvent) => void;

export interface RetryRun {
  readonly gate: QuotaGate;
  readonly policy: RetryPolicy;
  readonly context: Omit<BackendErrorContext, 'attempts'>;
  readonly signal?: AbortSignal;
  readonly observer?: RemoteCallObserver;
}

/** Runs `call` through the quota gate, retrying 429 (after Retry-After), 5xx and timeouts with backoff. */
export async function callWithRetry<T>(call: (signal: AbortSignal) => Promise<T>, run: RetryRun): Promise<T> {
  const { policy, context } = run;
  return retryWithBackoff<T, BackendErrorCode>(
    async (attempt) => {
      const outcome = await run.gate
        .run(() => attemptOnce(call, run, attempt))
        .then(
          (value) => ({ value }),
          (error: unknown) => ({ error }),
        );
      if ('value' in outcome) {
        run.observer?.({ ...context, outcome: 'ok' });
        return { ok: true, value: outcome.value };
      }
      const { error } = outcome;
      if (error instanceof BackendError) throw error; // aborted by the caller
      const classified = error instanceof AttemptTimeout ? timeoutFailure(policy) : classifyFailure(error);
      run.observer?.({ ...context, outcome: classified.code });
      return { ok: false, failure: { ...classified, cause: error } };
    },
    {
      policy,
      giveUp: (failure, attempts) =>
        new BackendError(failure.code, { ...context, attempts }, failure.detail, { cause: failure.cause }),
      async wait(delay, failure, attempt) {
        if (failure.code === 'huntops_backend_throttled') run.gate.pauseFor(delay);
        await sleep(delay, run, attempt);
      },
    },
  );
}

class AttemptTimeout extends Error {}

async function attemptOnce<T>(call: (signal: AbortSignal) => Promise<T>, run: RetryRun, attempt: number): Promise<T> {
  throwIfAborted(run, attempt);
  const controller = new AbortController();
  const onAbort = () => controller.abort(run.signal?.reason);
  run.signal?.addEventListener('abort', onAbort, { once: true });
  let timer: NodeJS.Timeout | undefined;
  // Race as well as abort: not every SDK rejects promptly when its signal fires.
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new AttemptTimeout());
      controller.abort(new AttemptTimeout());
    }, run.policy.attemptTimeoutMs);
  });
  const aborted = new Promise<never>((_, reject) =>
    controller.signal.addEventListener('abort', () => reject(abortedError(run, attempt))),
  );
  try {
    return await Promise.race([call(controller.signal), timeout, aborted]);
  } finally {
    clearTimeout(timer);
    run.signal?.removeEventListener('abort', onAbort);
  }
}

function timeoutFailure(policy: RetryPolicy): Failure {
  return {
    code: 'huntops_backend_timeout',
    retryable: true,
    detail: `no answer within ${policy.attemptTimeoutMs / 1000} s`,
  };
}

function sleep(ms: number, run: RetryRun, attempts: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortedError(run, attempts));
    };
    const timer = setTimeout(() => {
      run.signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    run.signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function throwIfAborted(run: RetryRun, attempts: number): void {
  if (run.signal?.aborted) throw abortedError(run, attempts);
}

function abortedError(run: RetryRun, attempts: number): BackendError {
  return new BackendError('huntops_backend_aborted', { ...run.context, attempts }, 'cancelled by the caller', {
    cause: run.signal?.reason,
  });
}
