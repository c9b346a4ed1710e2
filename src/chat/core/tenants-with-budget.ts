import { huntableTenants, type OverBudget, type RateLimits } from '../../access/index.ts';
import { auditFor } from './audit-event.ts';
import type { BotDeps } from './bot-deps.ts';
import { callerOf } from './gate.ts';
import type { InboundCommand, Responder } from './inbound.ts';

/**
 * What `all` means for this caller: every tenant they may hunt from here that has a hunt left in its budget. Each
 * spends one hunt; a tenant with none left sits the fan-out out, and the caller is told (and the audit records it).
 * `request` names the fan-out in the audit record, e.g. `sweep spray` or `pivot ip`.
 */
export async function tenantsWithBudget(
  deps: BotDeps,
  inbound: InboundCommand,
  limits: RateLimits,
  responder: Responder,
  request: string,
): Promise<string[]> {
  const overBudget = new Map<string, OverBudget>();
  const tenants = huntableTenants(deps.config, callerOf(inbound)).filter((tenant) => {
    const over = limits.hunt(tenant);
    if (over) overBudget.set(tenant, over);
    return !over;
  });
  if (overBudget.size === 0) return tenants;
  const reasons = [...overBudget.values()].map((over) => over.reason);
  await auditFor(deps.audit, inbound)('rate.limited', 'refused', undefined, {
    scope: 'tenant',
    request,
    tenants: [...overBudget.keys()],
    retryAfterSeconds: Math.max(...[...overBudget.values()].map((over) => over.retryAfterSeconds)),
  });
  await responder.whisper(
    tenants.length === 0 ? reasons.join('\n') : `left out of this ${request.split(' ')[0]}:\n${reasons.join('\n')}`,
  );
  return tenants;
}
