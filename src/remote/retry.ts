/** How hard a caller tries one remote call: the knobs of `retryWithBackoff`. */
export interface BackoffPolicy {
  /** Calls in total, the first included. */
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** A Retry-After longer than this is not waited for: the call fails at once with what the service said. */
  readonly maxRetryAfterMs: number;
}

/** One failed attempt, as the service family's classifier words it. */
export interface Failure<Code extends string> {
  readonly code: Code;
  /** Whether another attempt may succeed (throttling, 5xx, a dropped connection), not whether it is safe to send. */
  readonly retryable: boolean;
  /** What went wrong, for the error the caller finally sees. */
  readonly detail: string;
  /** How long the service asked us to wait (Retry-After). */
  readonly retryAfterMs?: number;
  /** The error the attempt failed with. */
  readonly cause?: unknown;
}

/** What one attempt came to: its value, or the classified failure. An attempt that throws ends the retries. */
export type Attempt<T, Code extends string> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly failure: Failure<Code> };

export interface RetryOptions<Code extends string> {
  readonly policy: BackoffPolicy;
  /** The error the caller sees when the retries end on `failure` after `attempts` calls. */
  readonly giveUp: (failure: Failure<Code>, attempts: number) => Error;
  /** Waits before attempt `attempt + 1`; a plain timer by default. May reject (the caller gave up). */
  readonly wait?: (ms: number, failure: Failure<Code>, attempt: number) => Promise<void>;
}

/**
 * The one retry loop for remote calls: runs `attempt` (1-based) until it succeeds, then waits the failure's
 * Retry-After, or an exponential back-off with jitter, before the next. It stops on a failure that is not
 * retryable, when `policy.maxAttempts` are spent, or when the service asks for a longer wait than
 * `policy.maxRetryAfterMs`, and throws what `giveUp` makes of the last failure.
 *
 * @example
 * const body = await retryWithBackoff((n) => fetchOnce(url, n), { policy, giveUp: (f, n) => new Error(f.detail) });
 */
export async function retryWithBackoff<T, Code extends string>(
  attempt: (attempt: number) => Promise<Attempt<T, Code>>,
  options: RetryOptions<Code>,
): Promise<T> {
  const { policy } = options;
  const wait = options.wait ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let n = 1; ; n++) {
    const outcome = await attempt(n);
    if (outcome.ok) return outcome.value;
    const { failure } = outcome;
    const delay = failure.retryAfterMs ?? backoffMs(policy, n);
    if (!failure.retryable || n >= policy.maxAttempts || delay > policy.maxRetryAfterMs)
      throw options.giveUp(failure, n);
    await wait(delay, failure, n);
  }
}

/**
 * A `Retry-After` header (delta seconds or an HTTP date) as milliseconds from `now`: how long a throttling
 * service asked huntops to wait. Undefined when absent or unreadable.
 */
export function retryAfterMs(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value.trim());
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * The pause before retry `attempt` (1-based): exponential from `baseDelayMs`, capped at `maxDelayMs`, with
 * jitter in its upper half so tenants (and replicas) that failed together do not retry in lockstep.
 */
export function backoffMs(
  policy: { readonly baseDelayMs: number; readonly maxDelayMs: number },
  attempt: number,
): number {
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return exponential / 2 + Math.random() * (exponential / 2);
}
