import type { TenantConfig } from '../config/index.ts';

/**
 * The Entra tenants whose Teams users may use this huntops tenant: its `allowedEntraTenants`, by default its own
 * `entraTenantId`; none when it has neither (fail closed). Lower case: a GUID may be spelt in either case.
 */
export function admittedEntraTenants(tenant: TenantConfig): string[] {
  const ids = tenant.allowedEntraTenants ?? (tenant.entraTenantId ? [tenant.entraTenantId] : []);
  return ids.map((id) => id.toLowerCase());
}

/** Whether a Teams user of `entraTenantId` (as the activity named it) may use this huntops tenant. */
export function admitsEntraTenant(tenant: TenantConfig, entraTenantId: string | undefined): boolean {
  return entraTenantId !== undefined && admittedEntraTenants(tenant).includes(entraTenantId.toLowerCase());
}
