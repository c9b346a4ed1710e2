import type { Activity } from 'botbuilder';
import type { HuntopsConfig } from '../../config/index.ts';

/**
 * The Entra tenants whose Teams users this bot serves: every huntops tenant's `allowedEntraTenants`, which
 * defaults to its own `entraTenantId`. A tenant with neither admits no Teams user (fail closed).
 */
export function servedEntraTenants(config: HuntopsConfig): ReadonlySet<string> {
  const ids = Object.values(config.tenants).flatMap(
    (tenant) => tenant.allowedEntraTenants ?? (tenant.entraTenantId ? [tenant.entraTenantId] : []),
  );
  return new Set(ids.map((id) => id.toLowerCase()));
}

/**
 * Why an activity's Entra tenant is not served, or undefined when it is. Teams names the tenant in two places
 * (conversation.tenantId, channelData.tenant.id); both must be served when present, and one must be.
 */
export function foreignEntraTenant(activity: Activity, served: ReadonlySet<string>): string | undefined {
  const channelData = activity.channelData as { tenant?: { id?: unknown } } | undefined;
  const named = [activity.conversation?.tenantId, channelData?.tenant?.id].filter(
    (id): id is string => typeof id === 'string' && id !== '',
  );
  if (named.length === 0) return 'the activity names no Entra tenant';
  const foreign = named.find((id) => !served.has(id.toLowerCase()));
  return foreign === undefined ? undefined : `Entra tenant ${foreign} is not in any tenant's allowedEntraTenants`;
}
