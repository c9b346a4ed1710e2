import type { TenantRef } from '../../cards/index.ts';
import { findTenant, type HuntopsConfig } from '../../config/index.ts';

export function tenantRef(config: HuntopsConfig, key: string): TenantRef {
  return { key, displayName: findTenant(config, key)?.displayName ?? key };
}
