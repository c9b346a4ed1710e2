import type { BlockingContext } from './blocking-context.ts';
import { BOT_REQUESTER, type Proposal } from './proposal.ts';
import { providerAudit, removeBlock } from './provider-step.ts';

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
  const audit = providerAudit({
    audit: context.audit,
    proposal,
    provider,
    actor: BOT_REQUESTER,
    correlationId: proposal.id,
    context: { reason: 'expired' },
  });
  try {
    await removeBlock(provider, proposal);
    await audit('provider.unblock', 'ok', {});
    return true;
  } catch (error) {
    context.executor.logger.warn({ err: error, proposalId: proposal.id }, 'removing an expired block failed');
    await audit('provider.unblock', 'failed', { error: (error as Error).message ?? String(error) });
    return false;
  }
}
