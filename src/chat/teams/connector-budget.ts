import type { RetryBudget } from '../../config/index.ts';

/** How hard huntops tries one call to the Bot Framework connector before the caller hears it failed. */
export interface ConnectorBudget {
  /** Calls in total, the first included. */
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** A longer Retry-After is not waited for: the call fails as throttled at once. */
  readonly maxRetryAfterMs: number;
  readonly attemptTimeoutMs: number;
}

/**
 * Sized for the windows Teams gives a bot: the reply inside a turn (the typing indicator) and the answer to an
 * Action.Execute invoke must both come well inside the Bot Framework's 15 s. One call costs at most 5 s when the
 * connector hangs (a timed-out call is not repeated), about 6 s when it throttles every attempt (two waits of at
 * most 3 s) and under 2 s of back-off when it fails fast.
 */
export const DEFAULT_CONNECTOR_BUDGET: ConnectorBudget = {
  maxAttempts: 3,
  baseDelayMs: 500,
  maxDelayMs: 2_000,
  maxRetryAfterMs: 3_000,
  attemptTimeoutMs: 5_000,
};

/** The defaults with the HUNTOPS_REMOTE_* knobs the deployment set. */
export function connectorBudget(knobs: RetryBudget | undefined): ConnectorBudget {
  return { ...DEFAULT_CONNECTOR_BUDGET, ...knobs };
}
