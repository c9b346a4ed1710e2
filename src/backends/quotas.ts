import Bottleneck from 'bottleneck';

/** A service quota: how many calls may run at once and how many may start per window. */
export interface QuotaLimits {
  readonly maxConcurrent: number;
  readonly requestsPerWindow: number;
  readonly windowMs: number;
}

export type QuotaApi = 'logAnalytics' | 'defender';

/** Published limits: Log Analytics 5 concurrent / 200 per 30 s per identity; advanced hunting 45 per minute per tenant. */
export const DEFAULT_QUOTAS: Readonly<Record<QuotaApi, QuotaLimits>> = {
  logAnalytics: { maxConcurrent: 5, requestsPerWindow: 200, windowMs: 30_000 },
  defender: { maxConcurrent: 5, requestsPerWindow: 45, windowMs: 60_000 },
};

/** The admission gate for one identity on one API. */
export interface QuotaGate {
  /** Runs `call` once the quota allows it (and any throttling pause has passed). */
  run<T>(call: () => Promise<T>): Promise<T>;
  /** After a 429 the whole identity backs off, not just the request that saw it. */
  pauseFor(ms: number): void;
}

/**
 * One gate per (identity, API), shared by every backend instance of the process so that two
 * hunts on the same tenant draw from the same quota.
 */
export class QuotaRegistry {
  readonly #gates = new Map<string, QuotaGate>();
  readonly #limits: Readonly<Record<QuotaApi, QuotaLimits>>;

  constructor(limits: Partial<Record<QuotaApi, QuotaLimits>> = {}) {
    this.#limits = { ...DEFAULT_QUOTAS, ...limits };
  }

  gateFor(identity: string, api: QuotaApi): QuotaGate {
    const key = `${api}:${identity}`;
    let gate = this.#gates.get(key);
    if (!gate) {
      gate = createGate(this.#limits[api]);
      this.#gates.set(key, gate);
    }
    return gate;
  }
}

function createGate(limits: QuotaLimits): QuotaGate {
  const limiter = new Bottleneck({
    maxConcurrent: limits.maxConcurrent,
    reservoir: limits.requestsPerWindow,
    reservoirRefreshAmount: limits.requestsPerWindow,
    reservoirRefreshInterval: limits.windowMs,
  });
  let pausedUntil = 0;
  return {
    async run(call) {
      const wait = pausedUntil - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      return limiter.schedule(call);
    },
    pauseFor(ms) {
      pausedUntil = Math.max(pausedUntil, Date.now() + ms);
    },
  };
}
