import type { AuditLog } from '../../store/index.ts';
import type { InboundAction, InboundCommand } from './inbound.ts';

/** Audits one step of handling a command or action, with the caller, place and correlation id filled in. */
export function auditFor(audit: AuditLog, inbound: InboundCommand | InboundAction) {
  return (action: string, outcome: string, tenant: string | undefined, details: Record<string, unknown> = {}) =>
    audit.append({
      correlationId: inbound.correlationId,
      action,
      outcome,
      actor: inbound.userId,
      surface: inbound.surface,
      channel: inbound.channelId,
      tenant,
      details,
    });
}
