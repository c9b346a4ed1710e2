import type { HuntopsConfig, Surface, TenantConfig } from '../../config/index.ts';

/** Who is asking, and from where. */
export interface Caller {
  readonly surface: Surface;
  readonly channelId: string;
  readonly userId: string;
}

export type AccessDecision = { readonly allowed: true } | { readonly allowed: false; readonly reason: string };

const ALLOWED: AccessDecision = { allowed: true };

const listed = (ids: readonly string[], id: string) => ids.includes('*') || ids.includes(id);

/** May this caller hunt on this tenant from this channel? The refusal says what is missing and where to add it. */
export function mayHunt(tenantKey: string, tenant: TenantConfig, caller: Caller): AccessDecision {
  if (!listed(tenant.channels[caller.surface], caller.channelId)) {
    return refuse(
      `this ${caller.surface} channel (${caller.channelId}) is not allowed to hunt ${tenantKey}: add it under tenants.${tenantKey}.channels.${caller.surface}`,
    );
  }
  if (
    !listed(tenant.hunters[caller.surface], caller.userId) &&
    !listed(tenant.approvers[caller.surface], caller.userId)
  ) {
    return refuse(
      `you (${caller.userId}) are not a hunter for ${tenantKey}: ask an admin to add you under tenants.${tenantKey}.hunters.${caller.surface}`,
    );
  }
  return ALLOWED;
}

/** May this caller decide blocks on this tenant? Approvers are listed per tenant, never by channel membership. */
export function mayApprove(tenantKey: string, tenant: TenantConfig, caller: Caller): AccessDecision {
  // Named ids only: a wildcard approver list would let anyone in the channel block (the config refuses it too).
  if (tenant.approvers[caller.surface].includes(caller.userId)) return ALLOWED;
  return refuse(`you are not an approver for ${tenantKey}`);
}

/** The tenants this caller may hunt from here: what `all` means for them. */
export function huntableTenants(config: HuntopsConfig, caller: Caller): string[] {
  return Object.entries(config.tenants)
    .filter(([key, tenant]) => mayHunt(key, tenant, caller).allowed)
    .map(([key]) => key);
}

function refuse(reason: string): AccessDecision {
  return { allowed: false, reason };
}
