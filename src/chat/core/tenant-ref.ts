import type { TenantRef } from '../../cards/index.ts';
import type { HuntopsConfig } from '../../config/index.ts';

export function tenantRef(config: HuntopsConfig, key: string): TenantRef {
  return { key, displayName: config.tenants[key]?.displayName ?? key };
}
