import type { AuditAction, AuditLog, AuditOutcome } from '../../store/index.ts';
import type { InboundAction, InboundCommand } from './inbound.ts';

/** Who asked and where: a chat command or press, or the `huntops` command line (surface `cli`). */
export type AuditOrigin = Pick<InboundCommand | InboundAction, 'correlationId' | 'userId' | 'channelId'> & {
  readonly surface: string;
};

/** Audits one step of handling a command or action, with the caller, place and correlation id filled in. */
export function auditFor(audit: AuditLog, inbound: AuditOrigin) {
  return (
    action: AuditAction,
    outcome: AuditOutcome,
    tenant: string | undefined,
    details: Record<string, unknown> = {},
  ) =>
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

/**
 * A button press whose payload could not be read (not JSON, a field missing or of the wrong type): refused
 * before any tenant is looked at, and audited like a command that does not parse, whatever the input was.
 */
export function auditRejectedAction(audit: AuditLog, origin: AuditOrigin, problem: string): Promise<void> {
  return auditFor(audit, origin)('action.rejected', 'refused', undefined, { problem: problem.slice(0, 500) });
}
