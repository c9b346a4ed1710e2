import { ConfigError } from './config-error.ts';

/** The knobs every retry policy for a remote service shares (query backends, block providers, the Teams connector). */
export interface RetryBudget {
  readonly maxAttempts?: number;
  readonly baseDelayMs?: number;
  readonly attemptTimeoutMs?: number;
}

const KNOBS = {
  HUNTOPS_REMOTE_MAX_ATTEMPTS: 'maxAttempts',
  HUNTOPS_REMOTE_RETRY_BASE_MS: 'baseDelayMs',
  HUNTOPS_REMOTE_ATTEMPT_TIMEOUT_MS: 'attemptTimeoutMs',
} as const;

/**
 * How hard huntops tries a remote service before telling the user it failed, from HUNTOPS_REMOTE_*.
 * Unset knobs keep each policy's defaults; a site behind a slow proxy raises them, a test lowers them.
 */
export function remoteRetryFromEnv(env: NodeJS.ProcessEnv): RetryBudget | undefined {
  const budget: Record<string, number> = {};
  const problems: string[] = [];
  for (const [name, field] of Object.entries(KNOBS)) {
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    const value = Number(raw);
    if (Number.isInteger(value) && value > 0) budget[field] = value;
    else problems.push(`${name} '${raw}' is not a positive whole number; unset it for the default`);
  }
  if (problems.length > 0) throw new ConfigError('environment', problems);
  return Object.keys(budget).length > 0 ? budget : undefined;
}
