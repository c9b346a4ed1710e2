import {
  authorize,
  type Caller,
  createRateLimits,
  type OverBudget,
  type RateLimits,
  type Requirement,
} from '../../access/index.ts';
import type { AuditAction } from '../../store/index.ts';
import { auditFor } from './audit-event.ts';
import type { BotDeps } from './bot-deps.ts';
import type { InboundAction, InboundCommand, Responder } from './inbound.ts';

/** Longer tenant words are cut in the audit record: no configured key comes near it. */
const AUDITED_TENANT_LIMIT = 200;

/**
 * What every request passes before a handler sees it: the caller's command budget, the one authorization rule,
 * and for hunts the tenant's budget. Each refusal is told to the caller privately and audited, whatever the input.
 */
export interface Gate {
  readonly limits: RateLimits;
  admitCaller(inbound: InboundCommand | InboundAction, responder: Responder): Promise<boolean>;
  admit(
    inbound: InboundCommand | InboundAction,
    need: Requirement,
    responder: Responder,
    details: Record<string, unknown>,
  ): Promise<boolean>;
  admitHunt(inbound: InboundCommand, tenant: string, responder: Responder): Promise<boolean>;
}

export function createGate(deps: BotDeps): Gate {
  const limits = createRateLimits(deps.config.rateLimits, deps.clock ?? Date.now);
  const refuse = async (
    inbound: InboundCommand | InboundAction,
    responder: Responder,
    action: AuditAction,
    tenant: string | undefined,
    reason: string,
    details: Record<string, unknown>,
  ) => {
    await auditFor(deps.audit, inbound)(action, 'refused', tenant?.slice(0, AUDITED_TENANT_LIMIT), details);
    await responder.whisper(reason);
    return false;
  };
  const overBudget = (
    inbound: InboundCommand | InboundAction,
    responder: Responder,
    tenant: string | undefined,
    over: OverBudget,
  ) =>
    refuse(inbound, responder, 'rate.limited', tenant, over.reason, {
      scope: over.scope,
      retryAfterSeconds: over.retryAfterSeconds,
      request: 'text' in inbound ? inbound.text.slice(0, 200) : inbound.verb,
    });
  return {
    limits,
    async admitCaller(inbound, responder) {
      const over = limits.command(callerOf(inbound));
      return over ? overBudget(inbound, responder, undefined, over) : true;
    },
    async admit(inbound, need, responder, details) {
      const access = authorize(deps.config, callerOf(inbound), need);
      if (access.allowed) return true;
      const tenant = 'tenant' in need ? need.tenant : undefined;
      // A refused press is recorded like the blocking module's own refusals of that decision.
      const action = 'verb' in inbound ? (`block.${inbound.verb}` as const) : 'access.refused';
      return refuse(inbound, responder, action, tenant, access.reason, { ...details, reason: access.cause });
    },
    async admitHunt(inbound, tenant, responder) {
      const over = limits.hunt(tenant);
      return over ? overBudget(inbound, responder, tenant, over) : true;
    },
  };
}

export function callerOf(inbound: InboundCommand | InboundAction): Caller {
  const { surface, channelId, userId, entraTenantId } = inbound;
  return { surface, channelId, userId, entraTenantId };
}
