import type { TenantRef } from './types.ts';

export interface TenantListEntry extends TenantRef {
  readonly backend: string;
  /** A short health word from the last check, e.g. `ok`, `auth failed`. */
  readonly status?: string;
}

export interface TenantsCardModel {
  readonly kind: 'tenants';
  readonly tenants: readonly TenantListEntry[];
}
