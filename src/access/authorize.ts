import { findTenant, type HuntopsConfig, type Surface, type TenantConfig } from '../config/index.ts';
import { closestMatch } from './closest-match.ts';
import { admitsEntraTenant } from './entra-admission.ts';

/** Who is asking, and from where. */
export interface Caller {
  readonly surface: Surface;
  readonly channelId: string;
  readonly userId: string;
  /**
   * Teams only: the Entra tenant the activity came from. A huntops tenant serves the Teams users of the Entra
   * tenants it admits (allowedEntraTenants), so the same channel id and object id from another organisation
   * count for nothing.
   */
  readonly entraTenantId?: string;
}

/** What a request needs: to hunt a tenant, to decide its blocks, to hunt at least one tenant (a sweep), or nothing. */
export type Requirement =
  | { readonly role: 'hunter' | 'approver'; readonly tenant: string }
  | { readonly role: 'sweeper' }
  | { readonly role: 'anyone' };

/**
 * `reason` is what the caller reads: it says what is missing, and never tells a tenant the caller may not use
 * from one that does not exist. `cause` is what the audit records for the admin.
 */
export type AccessDecision =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly reason: string; readonly cause: string };

const ALLOWED: AccessDecision = { allowed: true };
/** Longer tenant words are cut when echoed back: no key is this long (schema: 63 characters). */
const ECHO_LIMIT = 64;

/**
 * The one authorization rule. To hunt a tenant (run, sweep, list or propose blocks) the channel must be bound to
 * it and the caller listed as its hunter or approver on this surface (on Teams, from an Entra tenant it admits); to decide or lift blocks the caller must
 * also be one of its named approvers. Approvers are listed by id, never by wildcard (the config refuses `*`).
 */
export function authorize(config: HuntopsConfig, caller: Caller, need: Requirement): AccessDecision {
  switch (need.role) {
    case 'anyone':
      return ALLOWED;
    case 'sweeper':
      return huntableTenants(config, caller).length > 0
        ? ALLOWED
        : refuse(`there is no tenant you may hunt from here. ${howToAllow(caller)}`, 'no tenant may be hunted here');
    case 'hunter':
    case 'approver': {
      const tenant = findTenant(config, need.tenant);
      const cause = huntRefusal(tenant, caller);
      if (cause) {
        const word = need.tenant.slice(0, ECHO_LIMIT);
        const match = closestMatch(word, huntableTenants(config, caller));
        const suggestion = match ? ` Did you mean '${match}'?` : '';
        return refuse(
          `you may not use tenant '${word}' from here, or there is no such tenant. ${howToAllow(caller)}${suggestion}`,
          cause,
        );
      }
      if (need.role === 'approver' && !tenant!.approvers[caller.surface].includes(caller.userId))
        return refuse(`you are not an approver for ${need.tenant}`, 'not an approver');
      return ALLOWED;
    }
  }
}

/** Whether the caller may decide and lift the tenant's blocks from here: the rule for approvers, as a yes or no. */
export function mayApprove(config: HuntopsConfig, caller: Caller, tenant: string): boolean {
  return authorize(config, caller, { role: 'approver', tenant }).allowed;
}

/** The tenants this caller may hunt from here: what `all` means for them, and the only names they are shown. */
export function huntableTenants(config: HuntopsConfig, caller: Caller): string[] {
  return Object.entries(config.tenants)
    .filter(([, tenant]) => huntRefusal(tenant, caller) === undefined)
    .map(([key]) => key);
}

/** Why this caller may not hunt this tenant from here, for the audit; undefined when they may. */
function huntRefusal(tenant: TenantConfig | undefined, caller: Caller): string | undefined {
  if (!tenant) return 'unknown tenant';
  if (caller.surface === 'teams' && !admitsEntraTenant(tenant, caller.entraTenantId))
    return 'Entra tenant not admitted by the tenant';
  if (!listed(tenant.channels[caller.surface], caller.channelId)) return 'channel not bound to the tenant';
  if (
    !listed(tenant.hunters[caller.surface], caller.userId) &&
    !tenant.approvers[caller.surface].includes(caller.userId)
  )
    return 'not a hunter of the tenant';
  return undefined;
}

const listed = (ids: readonly string[], id: string) => ids.includes('*') || ids.includes(id);

function howToAllow(caller: Caller): string {
  const { surface } = caller;
  const organisation =
    surface === 'teams'
      ? `, and your organisation (${caller.entraTenantId?.slice(0, ECHO_LIMIT) ?? 'not named'}) under tenants.<tenant>.allowedEntraTenants`
      : '';
  return `An admin can allow it: this ${surface} channel (${caller.channelId}) under tenants.<tenant>.channels.${surface}, and you (${caller.userId}) under tenants.<tenant>.hunters.${surface}${organisation}.`;
}

function refuse(reason: string, cause: string): AccessDecision {
  return { allowed: false, reason, cause };
}
