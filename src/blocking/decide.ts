import { type Caller, type DecisionVerb, samePerson } from '../access/index.ts';
import { recognizeIoc } from '../intel/index.ts';
import type { AuditAction } from '../store/index.ts';
import type { BlockingContext } from './blocking-context.ts';
import { executeBlock, executeUnblock } from './executor.ts';
import type { DecisionOutcome } from './outcomes.ts';
import type { Proposal } from './proposal.ts';

/** One approver's decision on one proposal. */
export interface DecisionInput {
  readonly tenant: string;
  readonly proposalId: string;
  readonly verb: DecisionVerb;
  readonly reason?: string;
  readonly caller: Caller;
  readonly correlationId: string;
}

/** `/hunt unblock <tenant> <ioc>`; `indicator` is as typed, of any type. */
export interface UnblockInput {
  readonly tenant: string;
  readonly indicator: string;
  readonly caller: Caller;
  readonly correlationId: string;
}

/**
 * One decision on one proposal. The order of checks matters: tenant, approver list, then the
 * state machine and four-eyes, so that a non-approver learns nothing about the proposal.
 */
export async function decide(context: BlockingContext, input: DecisionInput): Promise<DecisionOutcome> {
  const { caller } = input;
  const refuse = async (reason: string, proposal?: Proposal): Promise<DecisionOutcome> => {
    await context.audit.append({
      correlationId: input.correlationId,
      action: `block.${input.verb}`,
      outcome: 'refused',
      actor: caller.userId,
      surface: caller.surface,
      channel: caller.channelId,
      tenant: input.tenant,
      details: { proposalId: input.proposalId, reason },
    });
    return { ok: false, reason, proposal: proposal && context.view(proposal), runId: proposal?.runId };
  };
  if (!context.isApprover(input.tenant, caller)) return refuse(`you are not an approver for ${input.tenant}`);
  let proposal = await context.repository.get(input.proposalId);
  if (!proposal || proposal.tenant !== input.tenant)
    return refuse(`there is no proposal ${input.proposalId} on ${input.tenant}`);
  proposal = await context.expireIfDue(proposal);
  const stateNote = `it is ${proposal.state} (set by ${proposal.updatedBy} at ${proposal.updatedAt})`;
  const now = context.now();
  const ok = (updated: Proposal): DecisionOutcome => ({
    ok: true,
    proposal: context.view(updated),
    runId: updated.runId,
  });
  const record = (action: AuditAction, details: Record<string, unknown> = {}) =>
    context.audit.append({
      correlationId: input.correlationId,
      action,
      outcome: 'ok',
      actor: caller.userId,
      surface: caller.surface,
      channel: caller.channelId,
      tenant: input.tenant,
      details: { proposalId: proposal.id, indicator: proposal.indicator, iocType: proposal.iocType, ...details },
    });

  switch (input.verb) {
    case 'approve': {
      if (proposal.state !== 'proposed') return refuse(`cannot approve: ${stateNote}`, proposal);
      // People, not accounts: the requester's or an approver's account on another surface is still them.
      const isCaller = (userId: string) => samePerson(context.config, userId, caller.userId);
      if (context.fourEyes(input.tenant) && isCaller(proposal.requestedBy)) {
        return refuse('you requested this block; four-eyes needs another approver to approve it', proposal);
      }
      if (proposal.approvals.some(isCaller))
        return refuse('you have already approved this; it needs another approver', proposal);
      const approvals = [...proposal.approvals, caller.userId];
      if (approvals.length < proposal.requiredApprovals) {
        const amended = await context.repository.amend(proposal, caller.userId, now, { approvals });
        if (!amended) return refuse('someone else decided at the same moment; look at the card again', proposal);
        await record('block.approval', { approvals });
        return ok(amended);
      }
      const approved = await context.repository.transition(proposal, 'approved', caller.userId, now, {
        approvals,
        decidedBy: caller.userId,
        decidedAt: now,
        reason: input.reason,
      });
      if (!approved)
        return refuse(
          `cannot approve: someone else decided at the same moment`,
          (await context.repository.get(proposal.id)) ?? proposal,
        );
      await record('block.approved', { approvals });
      return ok(await executeBlock(context.executor, approved, caller.userId, input.correlationId));
    }
    case 'deny': {
      if (proposal.state !== 'proposed') return refuse(`cannot deny: ${stateNote}`, proposal);
      const reason = input.reason?.trim() || 'no reason given';
      const denied = await context.repository.transition(proposal, 'denied', caller.userId, now, {
        decidedBy: caller.userId,
        decidedAt: now,
        reason,
      });
      if (!denied)
        return refuse(
          'cannot deny: someone else decided at the same moment',
          (await context.repository.get(proposal.id)) ?? proposal,
        );
      await record('block.denied', { reason });
      return ok(denied);
    }
    case 'retry': {
      if (proposal.state !== 'failed') return refuse(`cannot retry: ${stateNote}`, proposal);
      await record('block.retry');
      return ok(await executeBlock(context.executor, proposal, caller.userId, input.correlationId));
    }
    case 'unblock': {
      if (proposal.state !== 'blocked') return refuse(`cannot unblock: ${stateNote}`, proposal);
      await record('block.unblock');
      return ok(await executeUnblock(context.executor, proposal, caller.userId, input.correlationId));
    }
  }
}

/** `/hunt unblock`: lifts the tenant's block of the indicator, if there is one and the caller is one of its approvers. */
export async function unblockIndicator(context: BlockingContext, input: UnblockInput): Promise<DecisionOutcome> {
  const indicator = recognizeIoc(input.indicator)?.value ?? input.indicator;
  const live = await context.repository.live(input.tenant, indicator);
  if (live?.state !== 'blocked') {
    if (!context.isApprover(input.tenant, input.caller))
      return { ok: false, reason: `you are not an approver for ${input.tenant}` };
    return {
      ok: false,
      reason: `${indicator} is not blocked on ${input.tenant}${live ? ` (it is ${live.state})` : ''}`,
    };
  }
  return decide(context, {
    tenant: input.tenant,
    proposalId: live.id,
    verb: 'unblock',
    caller: input.caller,
    correlationId: input.correlationId,
  });
}
