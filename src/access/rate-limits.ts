import type { RateLimitsConfig } from '../config/index.ts';
import type { Caller } from './authorize.ts';
import { tokenBuckets } from './token-buckets.ts';

/** A refusal for going over a budget: what to tell the caller, and when they may try again. */
export interface OverBudget {
  readonly scope: 'user' | 'tenant';
  readonly retryAfterSeconds: number;
  readonly reason: string;
}

export interface RateLimits {
  /** Spends one of the caller's commands (a button press counts as one). */
  command(caller: Caller): OverBudget | undefined;
  /** Spends one of the tenant's hunts: they cost its Log Analytics or Defender quota. */
  hunt(tenant: string): OverBudget | undefined;
}

/** The budgets of `rateLimits` in the config, kept in memory per process and measured on the injected clock. */
export function createRateLimits(config: RateLimitsConfig, clock: () => number): RateLimits {
  const users = tokenBuckets({ capacity: config.commandsPerUserPerMinute, refillMs: 60_000, clock });
  const tenants = tokenBuckets({ capacity: config.huntsPerTenantPerHour, refillMs: 3_600_000, clock });
  return {
    command: (caller) =>
      overBudget(
        'user',
        users.take(`${caller.surface}\u0000${caller.userId}`),
        `you have sent more than ${counted(config.commandsPerUserPerMinute, 'command')} in a minute`,
      ),
    hunt: (tenant) =>
      overBudget(
        'tenant',
        tenants.take(tenant),
        `${tenant} has had its ${counted(config.huntsPerTenantPerHour, 'hunt')} this hour`,
      ),
  };
}

function overBudget(scope: OverBudget['scope'], waitMs: number, what: string): OverBudget | undefined {
  if (waitMs === 0) return undefined;
  const seconds = Math.ceil(waitMs / 1000);
  return { scope, retryAfterSeconds: seconds, reason: `${what}: try again in ${seconds} s` };
}

const counted = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
