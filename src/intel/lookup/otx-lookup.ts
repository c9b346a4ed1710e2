import pLimit from 'p-limit';
import { retryWithBackoff } from '../../remote/index.ts';
import type { IntelCache } from '../cache.ts';
import { asIntelError, type IntelError, type IntelErrorCode } from '../errors.ts';
import type { OtxIndicatorType } from '../ioc-target.ts';
import type { OtxClient } from '../otx/otx-client.ts';
import type { OtxFacts } from '../otx/otx-facts.ts';
import type { CircuitBreaker } from './circuit-breaker.ts';

export interface OtxLookupOptions {
  readonly client: OtxClient;
  readonly cache: IntelCache;
  readonly breaker: CircuitBreaker;
  readonly concurrency: number;
  readonly cacheTtlMs: number;
  readonly negativeCacheTtlMs: number;
  readonly signal: AbortSignal;
  /** Told about every call to OTX (for metrics): 'ok' or the failure's code; must not throw. */
  readonly observe?: (outcome: 'ok' | IntelErrorCode) => void;
}

/** Looks up one public indicator in OTX: `deadline` bounds waiting for a paused circuit, not the call itself. */
export type OtxLookup = (value: string, type: OtxIndicatorType, deadline: number) => Promise<OtxFacts>;

/**
 * A throttled lookup is tried up to three times; other failures are left to the circuit breaker. No back-off of
 * our own: the breaker holds the next attempt until the 429's Retry-After has passed (or the deadline comes).
 */
const OTX_RETRY = { maxAttempts: 3, baseDelayMs: 0, maxDelayMs: 0, maxRetryAfterMs: Number.POSITIVE_INFINITY };

// Bump when OtxFacts changes shape, so old cache entries are ignored rather than misread. Canonical values of
// different types never share a spelling (a hash is never a host name), so the value alone is the key.
const cacheKey = (value: string) => `otx:v1:${value}`;

function isOtxFacts(value: unknown): value is OtxFacts {
  return typeof value === 'object' && value !== null && 'pulseCount' in value && 'pulses' in value;
}

/**
 * Cached, concurrency-limited, breaker-guarded OTX lookups. Concurrent requests for the same indicator share
 * one call, and a call that outlives its report still fills the cache for the next one.
 */
export function createOtxLookup(options: OtxLookupOptions): OtxLookup {
  const limit = pLimit(options.concurrency);
  // A later report that joins a running lookup extends its deadline, so the lookup waits as long as
  // the most patient report wants, not as long as the (possibly expired) report that started it.
  const inFlight = new Map<string, { call: Promise<OtxFacts>; deadline: { value: number } }>();

  const callOtx = (value: string, type: OtxIndicatorType, deadline: { value: number }): Promise<OtxFacts> =>
    retryWithBackoff<OtxFacts, IntelErrorCode>(
      async () => {
        options.signal.throwIfAborted();
        // Waits out a 429's Retry-After (or an open circuit) when that ends before the deadline.
        await options.breaker.acquire(() => deadline.value);
        try {
          const facts = await options.client(value, type, options.signal);
          options.breaker.success();
          options.observe?.('ok');
          return { ok: true, value: facts };
        } catch (error) {
          const intelError = asIntelError(error);
          options.breaker.failure(intelError);
          options.observe?.(intelError.code);
          const retryable = intelError.code === 'huntops_intel_otx_rate_limited';
          return {
            ok: false,
            failure: { code: intelError.code, retryable, detail: intelError.message, cause: intelError },
          };
        }
      },
      {
        policy: OTX_RETRY,
        // The lookup's callers read the IntelError itself.
        giveUp: (failure) => failure.cause as IntelError,
        wait: async () => {},
      },
    );

  // The cache write happens outside the concurrency slot so the next OTX call starts at once.
  const lookUpAndCache = async (value: string, type: OtxIndicatorType, deadline: { value: number }) => {
    const facts = await limit(() => callOtx(value, type, deadline));
    const ttl = facts.pulseCount === 0 ? options.negativeCacheTtlMs : options.cacheTtlMs;
    await options.cache.set(cacheKey(value), facts, ttl);
    return facts;
  };

  return async (value, type, deadline) => {
    const cached = await options.cache.get(cacheKey(value));
    if (isOtxFacts(cached)) return cached;
    const running = inFlight.get(value);
    if (running) {
      running.deadline.value = Math.max(running.deadline.value, deadline);
      return running.call;
    }
    const holder = { value: deadline };
    const call = lookUpAndCache(value, type, holder).finally(() => inFlight.delete(value));
    inFlight.set(value, { call, deadline: holder });
    return call;
  };
}
