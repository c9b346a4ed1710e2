import type { HuntopsConfig, TenantConfig } from './schema.ts';

/**
 * The tenant configured under `key`, or undefined. Keys arrive from users (commands, button payloads, CLI
 * arguments), so only the config's own entries count: `__proto__`, `constructor` or `toString` are no tenant.
 */
export function findTenant(config: Pick<HuntopsConfig, 'tenants'>, key: string): TenantConfig | undefined {
  return Object.hasOwn(config.tenants, key) ? config.tenants[key] : undefined;
}
