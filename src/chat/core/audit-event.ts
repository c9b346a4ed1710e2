import type { AuditLog } from '../../store/index.ts';
import type { InboundAction, InboundCommand } from './inbound.ts';

/** Who asked and where: a chat command or press, or the `huntops` command line (surface `cli`). */
export type AuditOrigin = Pick<InboundCommand | InboundAction, 'correlationId' | 'userId' | 'channelId'> & {
  readonly surface: string;
};

/** Audits one step of handling a command or action, with the caller, place and correlation id filled in. */
export function auditFor(audit: AuditLog, inbound: AuditOrigin) {
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
