import { findTenant, type HuntopsConfig } from '../config/index.ts';

/**
 * The tenants a CLI run names: one configured key, or every one for `all`. The shell operator holds the config,
 * so an unknown key is named with the configured ones (chat instead answers unknown and forbidden alike).
 */
export function tenantKeys(config: HuntopsConfig, tenant: string): string[] {
  const configured = Object.keys(config.tenants);
  if (tenant === 'all') return configured;
  if (!findTenant(config, tenant)) throw new Error(`unknown tenant '${tenant}'; configured: ${configured.join(', ')}`);
  return [tenant];
}
