import type { DigestConfig, HuntopsConfig } from '../config/index.ts';

/** One configured digest with the tenants it covers, under a stable id (`tenant-a/morning` or the group's name). */
export interface DigestPlan extends DigestConfig {
  readonly id: string;
  readonly tenants: readonly string[];
}

/** Every digest in the config: each tenant's own, then the group digests. */
export function digestPlans(config: HuntopsConfig): DigestPlan[] {
  const perTenant = Object.entries(config.tenants).flatMap(([key, tenant]) =>
    tenant.digests.map((digest) => ({ ...digest, id: `${key}/${digest.name}`, tenants: [key] })),
  );
  const groups = config.digests.map((digest) => ({ ...digest, id: digest.name }));
  return [...perTenant, ...groups];
}
