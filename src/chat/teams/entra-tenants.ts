import type { Activity } from 'botbuilder';
import { admittedEntraTenants } from '../../access/index.ts';
import type { HuntopsConfig } from '../../config/index.ts';

/**
 * The Entra tenants whose Teams users this bot serves at all: those some huntops tenant admits. Which huntops
 * tenant a user may then use is the authorization rule's business (admitsEntraTenant, per tenant).
 */
export function servedEntraTenants(config: HuntopsConfig): ReadonlySet<string> {
  return new Set(Object.values(config.tenants).flatMap(admittedEntraTenants));
}

/** Teams names the Entra tenant in two places (conversation.tenantId, channelData.tenant.id); the ones present. */
function namedEntraTenants(activity: Activity): string[] {
  const channelData = activity.channelData as { tenant?: { id?: unknown } } | undefined;
  return [activity.conversation?.tenantId, channelData?.tenant?.id].filter(
    (id): id is string => typeof id === 'string' && id !== '',
  );
}

/**
 * The one Entra tenant the activity comes from, lower case: undefined when it names none, or two that disagree
 * (then it is no tenant's user, and the authorization rule refuses it everywhere).
 */
export function entraTenantOf(activity: Activity): string | undefined {
  const named = new Set(namedEntraTenants(activity).map((id) => id.toLowerCase()));
  return named.size === 1 ? [...named][0] : undefined;
}

/**
 * Why an activity's Entra tenant is not served, or undefined when it is: both names must be served when
 * present, and one must be.
 */
export function foreignEntraTenant(activity: Activity, served: ReadonlySet<string>): string | undefined {
  const named = namedEntraTenants(activity);
  if (named.length === 0) return 'the activity names no Entra tenant';
  const foreign = named.find((id) => !served.has(id.toLowerCase()));
  return foreign === undefined ? undefined : `Entra tenant ${foreign} is not in any tenant's allowedEntraTenants`;
}
