import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { IntelError } from './errors.ts';

/** The demo feed shipped with huntops: it lists the demo tenants' attackers (documentation ranges only). */
export const DEMO_FEED_PATH = fileURLToPath(new URL('./demo-feed.jsonl', import.meta.url));

const DOMAIN = /^[a-z0-9_-]+(\.[a-z0-9_-]+)*$/;
const positive = (fallback: number) => z.coerce.number().positive().default(fallback);
const count = (fallback: number) => z.coerce.number().int().min(1).default(fallback);

const envSchema = z.object({
  OTX_API_KEY: z.string().trim().min(1).optional(),
  OTX_BASE_URL: z.url({ protocol: /^https?$/ }).default('https://otx.alienvault.com'),
  // Unset: the demo feed. `none`: no offline feed.
  INTEL_FEED_PATH: z.string().trim().min(1).optional(),
  INTEL_CACHE_TTL_HOURS: positive(24),
  INTEL_NEGATIVE_CACHE_TTL_HOURS: positive(4),
  INTEL_BUDGET_MS: count(5000),
  INTEL_OTX_CONCURRENCY: count(10),
  INTEL_OTX_TIMEOUT_MS: count(2500),
  INTEL_BREAKER_THRESHOLD: count(5),
  INTEL_BREAKER_COOLDOWN_MS: count(30_000),
  INTEL_INTERNAL_DOMAINS: z
    .string()
    .default('')
    .transform((list) =>
      list
        .split(',')
        .map((d) =>
          d
            .trim()
            .toLowerCase()
            .replace(/^\.|\.$/g, ''),
        )
        .filter(Boolean),
    )
    .pipe(
      z.array(
        z.string().regex(DOMAIN, { error: 'expected comma-separated domain names, e.g. contoso.com,corp.contoso.net' }),
      ),
    ),
});

/** Validated intel configuration; every field has a sane default except the OTX key. */
export interface IntelSettings {
  /** Absent: OTX is off and only the offline feed answers. Never logged. */
  readonly otxApiKey?: string;
  readonly otxBaseUrl: string;
  /** Absent: no offline feed. */
  readonly feedPath?: string;
  readonly cacheTtlMs: number;
  /** Shorter TTL for "OTX knows nothing about this IP", which changes more often than a hit. */
  readonly negativeCacheTtlMs: number;
  /** Total time a report waits for intel before showing what is left as pending. */
  readonly budgetMs: number;
  readonly otxConcurrency: number;
  readonly otxTimeoutMs: number;
  readonly breakerThreshold: number;
  readonly breakerCooldownMs: number;
  /**
   * The organisation's own domains: names under them are internal and never sent to OTX, like private addresses
   * and single-label host names. The composition root adds every tenant's `blocking.ownDomains`.
   */
  readonly internalDomains: readonly string[];
}

const HOUR_MS = 3_600_000;

/**
 * Reads intel settings from environment variables (OTX_API_KEY, OTX_BASE_URL, INTEL_FEED_PATH,
 * INTEL_CACHE_TTL_HOURS, INTEL_NEGATIVE_CACHE_TTL_HOURS, INTEL_BUDGET_MS, INTEL_OTX_CONCURRENCY,
 * INTEL_OTX_TIMEOUT_MS, INTEL_BREAKER_THRESHOLD, INTEL_BREAKER_COOLDOWN_MS, INTEL_INTERNAL_DOMAINS).
 * Throws `huntops_intel_bad_settings` naming each bad variable.
 */
export function loadIntelSettingsFromEnv(env: Readonly<Record<string, string | undefined>>): IntelSettings {
  // `OTX_API_KEY=` in a .env file means "not set", not "an empty key".
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value?.trim()));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    const hint = 'fix or unset these environment variables';
    throw new IntelError('huntops_intel_bad_settings', `Invalid intel settings (${hint}): ${problems.join('; ')}`, {
      cause: parsed.error,
    });
  }
  const e = parsed.data;
  const feedPath = e.INTEL_FEED_PATH === undefined ? DEMO_FEED_PATH : e.INTEL_FEED_PATH;
  return {
    otxApiKey: e.OTX_API_KEY,
    otxBaseUrl: e.OTX_BASE_URL.replace(/\/+$/, ''),
    feedPath: feedPath.toLowerCase() === 'none' ? undefined : feedPath,
    cacheTtlMs: e.INTEL_CACHE_TTL_HOURS * HOUR_MS,
    negativeCacheTtlMs: e.INTEL_NEGATIVE_CACHE_TTL_HOURS * HOUR_MS,
    budgetMs: e.INTEL_BUDGET_MS,
    otxConcurrency: e.INTEL_OTX_CONCURRENCY,
    otxTimeoutMs: e.INTEL_OTX_TIMEOUT_MS,
    breakerThreshold: e.INTEL_BREAKER_THRESHOLD,
    breakerCooldownMs: e.INTEL_BREAKER_COOLDOWN_MS,
    internalDomains: e.INTEL_INTERNAL_DOMAINS,
  };
}

/**
 * The settings with each tenant's own domains (`blocking.ownDomains`) added to the internal ones, so a name the
 * guardrails would never block is never sent to OTX either.
 */
export function withTenantDomains(
  settings: IntelSettings,
  tenants: Iterable<{ readonly blocking: { readonly ownDomains: readonly string[] } }>,
): IntelSettings {
  const own = [...tenants].flatMap((tenant) => tenant.blocking.ownDomains.map((domain) => domain.toLowerCase()));
  return { ...settings, internalDomains: [...new Set([...settings.internalDomains, ...own])] };
}
