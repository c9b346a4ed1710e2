import { ConfigError, type RetryBudget, remoteRetryFromEnv } from '../config/index.ts';
import { IntelError, type IntelSettings, loadIntelSettingsFromEnv } from '../intel/index.ts';

/** The tuning knobs read from the environment beside `readEnv`'s: remote retries, intel, the block lease. */
export interface EnvironmentSettings {
  readonly retry?: RetryBudget;
  readonly intel: IntelSettings;
  readonly blockLeaseMs?: number;
}

/**
 * Reads every knob and throws one ConfigError naming each bad variable, so a bad value stops the start-up as a bad
 * config (exit 78: systemd does not restart in a loop) and `huntops config check` finds the same problems.
 */
export function environmentSettings(env: NodeJS.ProcessEnv): EnvironmentSettings {
  const problems: string[] = [];
  const read = <T>(parse: () => T): T | undefined => {
    try {
      return parse();
    } catch (error) {
      if (error instanceof ConfigError) problems.push(...error.problems);
      else if (error instanceof IntelError && error.code === 'huntops_intel_bad_settings') problems.push(error.message);
      else throw error;
      return undefined;
    }
  };
  const retry = read(() => remoteRetryFromEnv(env));
  const intel = read(() => loadIntelSettingsFromEnv(env));
  const blockLeaseMs = read(() => blockLeaseFromEnv(env));
  if (problems.length > 0) throw new ConfigError('environment', problems);
  return { retry, intel: intel!, blockLeaseMs };
}

/**
 * HUNTOPS_BLOCK_LEASE_SECONDS: how long a block call may run before the outbox assumes its process died
 * and calls the (idempotent) provider again. Default 120 s.
 */
function blockLeaseFromEnv(env: NodeJS.ProcessEnv): number | undefined {
  const raw = env.HUNTOPS_BLOCK_LEASE_SECONDS;
  if (raw === undefined || raw === '') return undefined;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds <= 0)
    throw new ConfigError('environment', [
      `HUNTOPS_BLOCK_LEASE_SECONDS '${raw}' is not a positive number of seconds (e.g. 120); unset it for the default`,
    ]);
  return seconds * 1000;
}
