import type { RetryBudget } from '../../config/index.ts';

/** Slack's Web API within seconds, unless HUNTOPS_REMOTE_* says otherwise. */
const DEFAULT_TIMEOUT_MS = 4_000;
const DEFAULT_ATTEMPTS = 3;

/**
 * Options for a Slack Web API client. The client's defaults retry for about 30 minutes and wait forever on a
 * silent connection, so one Slack outage would leave hunts and digests hanging; instead give up within the
 * remote-call budget every other service has (HUNTOPS_REMOTE_ATTEMPT_TIMEOUT_MS / MAX_ATTEMPTS / RETRY_BASE_MS).
 * `retry: false` sends once: for posts that must not be doubled when a timed-out attempt did arrive.
 */
export function slackClientOptions(apiUrl: string, budget: RetryBudget | undefined, options: { retry: boolean }) {
  const timeout = budget?.attemptTimeoutMs ?? DEFAULT_TIMEOUT_MS;
  const base = budget?.baseDelayMs ?? 500;
  return {
    slackApiUrl: apiUrl,
    timeout,
    retryConfig: options.retry
      ? { retries: (budget?.maxAttempts ?? DEFAULT_ATTEMPTS) - 1, factor: 2, minTimeout: base, maxTimeout: timeout }
      : { retries: 0 },
    rejectRateLimitedCalls: !options.retry,
  };
}
