import { setTimeout as sleep } from 'node:timers/promises';
import type { IntelCache } from './cache.ts';
import { asIntelError } from './errors.ts';
import { type FeedSource, openFeedSource } from './feed/feed-source.ts';
import { type IocTarget, toIocTarget } from './ioc-target.ts';
import { CircuitBreaker } from './lookup/circuit-breaker.ts';
import { createOtxLookup, type OtxLookup, type OtxLookupOptions } from './lookup/otx-lookup.ts';
import { createOtxClient } from './otx/otx-client.ts';
import { type OtxOutcome, scoreTarget } from './score-target.ts';
import type { IntelSettings } from './settings.ts';
import type { Clock, IntelLogger, IocScore } from './types.ts';

export interface IntelServiceOptions {
  readonly settings: IntelSettings;
  readonly cache: IntelCache;
  readonly logger: IntelLogger;
  /** Defaults to the global fetch. */
  readonly fetch?: typeof fetch;
  readonly clock?: Clock;
  /** How often the feed file is checked for changes (default 1 s). */
  readonly feedPollMs?: number;
  /** Told about every call to OTX (for metrics). */
  readonly onOtxCall?: OtxLookupOptions['observe'];
}

export interface IntelService {
  /**
   * Scores every indicator (IP, domain, URL, file hash) within the budget; never throws for a bad value or an OTX
   * outage, and never sends a non-public one (private addresses, internal host names, the organisation's domains). Evidence is aged as of
   * `at` (default: the clock), so a report for a past window, or a test, scores the same on any day.
   */
  scoreIocs(
    indicators: readonly string[],
    options?: { budgetMs?: number; at?: number },
  ): Promise<Map<string, IocScore>>;
  /** One line saying which sources are on, e.g. `intel: otx https://otx.alienvault.com + feed ./x.jsonl`. */
  describe(): string;
  /** Stops watching the feed and abandons running lookups. */
  close(): void;
}

/** Builds the intel service: offline feed + OTX (when OTX_API_KEY is set), cached, within a time budget. */
export function createIntelService(options: IntelServiceOptions): IntelService {
  const { settings, logger } = options;
  const clock = options.clock ?? Date.now;
  const lifetime = new AbortController();
  const feed: FeedSource | undefined =
    settings.feedPath === undefined
      ? undefined
      : openFeedSource({ path: settings.feedPath, logger, pollMs: options.feedPollMs });
  const breaker = new CircuitBreaker({
    threshold: settings.breakerThreshold,
    cooldownMs: settings.breakerCooldownMs,
    clock,
    logger,
    signal: lifetime.signal,
  });
  const lookup: OtxLookup | undefined =
    settings.otxApiKey === undefined
      ? undefined
      : createOtxLookup({
          client: createOtxClient({
            baseUrl: settings.otxBaseUrl,
            apiKey: settings.otxApiKey,
            fetch: options.fetch ?? globalThis.fetch,
            clock,
            timeoutMs: settings.otxTimeoutMs,
          }),
          cache: options.cache,
          breaker,
          concurrency: settings.otxConcurrency,
          cacheTtlMs: settings.cacheTtlMs,
          negativeCacheTtlMs: settings.negativeCacheTtlMs,
          signal: lifetime.signal,
          observe: options.onOtxCall,
        });

  const describe = () => {
    const feedPart = feed?.describe();
    if (!lookup) return `intel: ${feedPart ? `offline ${feedPart} only` : 'off'} (no OTX_API_KEY)`;
    return `intel: otx ${settings.otxBaseUrl}${feedPart ? ` + ${feedPart}` : ''}`;
  };
  logger.info(describe());

  /** Starts the OTX lookups and waits for them, but never past the budget. */
  const lookUpAll = async (targets: readonly IocTarget[], budgetMs: number) => {
    const outcomes = new Map<string, OtxOutcome>();
    if (!lookup) return outcomes;
    const deadline = clock() + budgetMs;
    const calls = targets.map(async ({ ioc, otxType }) => {
      const key = ioc!.value;
      outcomes.set(key, { state: 'running' });
      try {
        outcomes.set(key, { state: 'answered', facts: await lookup(key, otxType!, deadline) });
      } catch (error) {
        outcomes.set(key, { state: 'failed', error: asIntelError(error) });
      }
    });
    const budget = new AbortController();
    await Promise.race([Promise.all(calls), sleep(budgetMs, undefined, { signal: budget.signal }).catch(() => {})]);
    budget.abort();
    // Lookups still waiting while OTX is paused after failures are failures, not merely slow.
    const paused = breaker.pausedBy();
    return new Map(
      [...outcomes].map(([value, o]): [string, OtxOutcome] => [
        value,
        paused && o.state === 'running' ? { state: 'failed', error: paused } : o,
      ]),
    );
  };

  return {
    describe,
    close() {
      lifetime.abort();
      feed?.close();
    },
    async scoreIocs(indicators, { budgetMs = settings.budgetMs, at } = {}) {
      const targets = [...new Set(indicators)].map((input) => toIocTarget(input, settings.internalDomains));
      // Only public indicators that OTX files (not address ranges) are ever sent.
      const sendable = targets.filter((t) => t.place === 'public' && t.otxType !== undefined);
      const outcomes = await lookUpAll([...new Map(sendable.map((t) => [t.ioc!.value, t])).values()], budgetMs);
      const now = at ?? clock();
      const scores = new Map<string, IocScore>();
      for (const target of targets) {
        const otx: OtxOutcome = !target.ioc
          ? { state: 'off' }
          : target.otxType === undefined
            ? { state: 'not-looked-up', why: 'OTX does not look up address ranges' }
            : (outcomes.get(target.ioc.value) ?? { state: 'off' });
        const evidence = target.ioc && feed?.evidenceFor(target.ioc);
        scores.set(target.input, scoreTarget(target, evidence, otx, feed !== undefined, now));
      }
      logOutcomes(logger, outcomes);
      return scores;
    },
  };
}

/** One log line per report for failures and one for pending lookups, never one per indicator. */
function logOutcomes(logger: IntelLogger, outcomes: ReadonlyMap<string, OtxOutcome>): void {
  const failures = [...outcomes.values()].flatMap((o) => (o.state === 'failed' ? [o.error] : []));
  const pending = [...outcomes.values()].filter((o) => o.state === 'running').length;
  if (failures.length > 0) {
    const byCode: Record<string, number> = {};
    for (const f of failures) byCode[f.code] = (byCode[f.code] ?? 0) + 1;
    logger.warn(
      { failed: failures.length, of: outcomes.size, byCode, example: failures[0]!.message },
      `OTX lookup failed for ${failures.length} of ${outcomes.size} indicators; they are shown as unknown`,
    );
  }
  if (pending > 0) {
    logger.info(
      { pending, of: outcomes.size },
      `OTX still looking up ${pending} indicators after the budget; shown as pending`,
    );
  }
}
