import type { ApprovalCardModel } from '../../cards/index.ts';
import { auditFor } from './audit-event.ts';
import type { BotDeps } from './bot-deps.ts';
import { callerOf } from './gate.ts';
import { proposalRunKey } from './handle-action.ts';
import type { InboundCommand, Responder } from './inbound.ts';
import type { DecisionOutcome } from './ports.ts';
import { tenantRef } from './tenant-ref.ts';

/**
 * `/hunt block` from a hunter and `/hunt unblock` from an approver of the tenant (the bot's gate checked): the
 * blocking module applies its guardrails and four-eyes; the answer is an approval card or a private refusal.
 */
export async function handleBlockCommand(
  deps: BotDeps,
  inbound: InboundCommand,
  command: {
    readonly kind: 'block' | 'unblock';
    readonly tenant: string;
    readonly indicator: string;
    readonly reason?: string;
  },
  responder: Responder,
): Promise<void> {
  const caller = callerOf(inbound);
  const base = { tenant: command.tenant, indicator: command.indicator, caller, correlationId: inbound.correlationId };
  const outcome: DecisionOutcome =
    command.kind === 'block'
      ? await deps.blocking.request({ ...base, reason: command.reason })
      : await deps.blocking.unblock(base);
  if (!outcome.ok) {
    await auditFor(deps.audit, inbound)(`${command.kind}.refused`, 'refused', command.tenant, {
      indicator: command.indicator,
      reason: outcome.reason,
    });
    await responder.whisper(outcome.reason);
    return;
  }
  const card: ApprovalCardModel = {
    kind: 'approval',
    tenant: tenantRef(deps.config, command.tenant),
    proposal: outcome.proposal,
  };
  const messageRef = await responder.post(card);
  const runId = outcome.runId ?? proposalRunKey(outcome.proposal.id);
  if (!(await deps.runs.get(runId))) {
    const record = {
      runId,
      tenant: command.tenant,
      template: command.kind,
      surface: inbound.surface,
      channel: inbound.channelId,
      requestedBy: inbound.userId,
      messageRef,
      card,
    };
    await deps.runs.save(record, new Date((deps.clock ?? Date.now)()));
  }
}
