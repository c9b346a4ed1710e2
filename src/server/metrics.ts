import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { RemoteCallEvent } from '../backends/index.ts';
import type { ProviderCallEvent, State, TransitionObserver } from '../blocking/index.ts';
import type { HuntRunEvent } from '../hunts/index.ts';
import type { IntelCache, IntelErrorCode } from '../intel/index.ts';

/** The process's Prometheus series; the capabilities report into it through narrow hooks and never see prom-client. */
export interface HuntopsMetrics {
  readonly registry: Registry;
  readonly huntFinished: (event: HuntRunEvent) => void;
  /** Calls to the query services (Log Analytics, Defender advanced hunting). */
  readonly remoteCall: (event: RemoteCallEvent) => void;
  /** Calls to the block providers' APIs (Defender indicators, Entra named locations). */
  readonly providerCall: (event: ProviderCallEvent) => void;
  /** Calls to AlienVault OTX (no tenant: intel is shared). */
  readonly otxCall: (outcome: 'ok' | IntelErrorCode) => void;
  /** Calls to the Bot Framework connector (Teams replies, cards, member lookups; no tenant). */
  readonly teamsConnectorCall: (outcome: string) => void;
  readonly blockTransition: TransitionObserver;
  /** The intel cache, counting hits and misses. */
  observeIntelCache(cache: IntelCache): IntelCache;
  /** Where the live-proposals gauge reads its numbers at scrape time. */
  countProposalsWith(read: () => Promise<readonly { tenant: string; state: State }[]>): void;
}

const HUNT_SECONDS_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300];

export function createMetrics(): HuntopsMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const hunts = new Counter({
    name: 'huntops_hunts_total',
    help: 'Hunts run, by template, tenant, backend and outcome (ok or the error code)',
    labelNames: ['template', 'tenant', 'backend', 'outcome'],
    registers,
  });
  const huntSeconds = new Histogram({
    name: 'huntops_hunt_duration_seconds',
    help: 'Time from a hunt starting to its report (or failure), by template, tenant and backend',
    labelNames: ['template', 'tenant', 'backend'],
    buckets: HUNT_SECONDS_BUCKETS,
    registers,
  });
  const apiCalls = new Counter({
    name: 'huntops_api_calls_total',
    help: 'Calls to remote services (query services, block providers, OTX, the Teams connector; retries included), by service, tenant and outcome',
    labelNames: ['service', 'tenant', 'outcome'],
    registers,
  });
  const throttles = new Counter({
    name: 'huntops_api_throttles_total',
    help: 'Calls a remote service answered with 429 (throttled), by service and tenant',
    labelNames: ['service', 'tenant'],
    registers,
  });
  const intelCache = new Counter({
    name: 'huntops_intel_cache_lookups_total',
    help: 'Threat-intel cache lookups, by result (hit or miss)',
    labelNames: ['result'],
    registers,
  });
  const transitions = new Counter({
    name: 'huntops_block_transitions_total',
    help: 'Block proposal state changes, by tenant and the state entered (approved = an approval completed)',
    labelNames: ['tenant', 'state'],
    registers,
  });
  let readProposals: (() => Promise<readonly { tenant: string; state: State }[]>) | undefined;
  new Gauge({
    name: 'huntops_block_proposals',
    help: 'Live block proposals (proposed, approved, blocking, blocked, failed, unblocking), by tenant and state',
    labelNames: ['tenant', 'state'],
    registers,
    async collect() {
      if (!readProposals) return;
      this.reset();
      for (const { tenant, state } of await readProposals()) this.inc({ tenant, state });
    },
  });

  /** One series for every remote service; outcomes lose their folder prefix, and OTX's rate limit reads as throttled. */
  const countCall = (service: string, tenant: string, code: string) => {
    const outcome = code
      .replace(/^(huntops_backend_|huntops_block_|huntops_teams_|huntops_intel_otx_)/, '')
      .replace(/^rate_limited$/, 'throttled');
    apiCalls.inc({ service, tenant, outcome });
    if (outcome === 'throttled') throttles.inc({ service, tenant });
  };
  return {
    registry,
    huntFinished(event) {
      const labels = { template: event.template, tenant: event.tenant, backend: event.backend };
      hunts.inc({ ...labels, outcome: event.outcome });
      huntSeconds.observe(labels, event.durationMs / 1000);
    },
    remoteCall: (event) => countCall(event.backend, event.tenant, event.outcome),
    providerCall: (event) => countCall(event.service, event.tenant, event.outcome),
    otxCall: (outcome) => countCall('otx', '', outcome),
    teamsConnectorCall: (outcome) => countCall('teams-connector', '', outcome),
    blockTransition(event) {
      transitions.inc({ tenant: event.tenant, state: event.to });
    },
    observeIntelCache(cache) {
      return {
        async get(key) {
          const value = await cache.get(key);
          intelCache.inc({ result: value === undefined ? 'miss' : 'hit' });
          return value;
        },
        set: (key, value, ttlMs) => cache.set(key, value, ttlMs),
      };
    },
    countProposalsWith(read) {
      readProposals = read;
    },
  };
}
