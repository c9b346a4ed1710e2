import type { AuditOutcome } from '../store/index.ts';
import type { BlockingContext } from './blocking-context.ts';
import { BOT_REQUESTER, type Proposal } from './proposal.ts';

/** Expires undecided proposals past their decide-by time and marks lapsed blocks. Returns what changed. */
export async function sweepExpired(context: BlockingContext): Promise<Proposal[]> {
  const { repository } = context;
  const changed: Proposal[] = [];
  for (const proposal of await repository.inStates(['proposed'])) {
    const after = await context.expireIfDue(proposal);
    if (after.state === 'expired' && proposal.state !== 'expired') changed.push(after);
  }
  for (const proposal of await repository.inStates(['blocked'])) {
    if (!proposal.blockExpiresAt || proposal.blockExpiresAt > context.now()) continue;
    if (!(await removeLapsedBlock(context, proposal))) continue; // still in place: the next sweep tries again
    const lapsed = await repository.transition(proposal, 'lapsed', BOT_REQUESTER, context.now());
    if (!lapsed) continue;
    changed.push(lapsed);
    await context.audit.append({
      correlationId: proposal.id,
      action: 'block.lapsed',
      outcome: 'ok',
      actor: BOT_REQUESTER,
      surface: 'huntops',
      tenant: proposal.tenant,
      details: { proposalId: proposal.id, indicator: proposal.indicator, expiredAt: proposal.blockExpiresAt },
    });
  }
  return changed;
}

/** Removes a lapsed block from a target that does not expire it on its own; false when that failed. */
async function removeLapsedBlock(context: BlockingContext, proposal: Proposal): Promise<boolean> {
  // A tenant removed from the config since has no provider: nothing to remove it from.
  const provider = context.providerOf(proposal.tenant);
  if (!provider?.removeAtExpiry) return true;
  const audited = (outcome: AuditOutcome, details: Record<string, unknown>) =>
    context.audit.append({
      correlationId: proposal.id,
      action: 'provider.unblock',
      outcome,
      actor: BOT_REQUESTER,
      surface: 'huntops',
      tenant: proposal.tenant,
      details: {
        proposalId: proposal.id,
        indicator: proposal.indicator,
        iocType: proposal.iocType,
        provider: provider.name,
        reason: 'expired',
        ...details,
      },
    });
  try {
    await provider.unblock({
      tenant: proposal.tenant,
      indicator: proposal.indicator,
      iocType: proposal.iocType,
      ref: proposal.providerRef,
    });
    await audited('ok', {});
    return true;
  } catch (error) {
    context.executor.logger.warn({ err: error, proposalId: proposal.id }, 'removing an expired block failed');
    await audited('failed', { error: (error as Error).message ?? String(error) });
    return false;
  }
}
