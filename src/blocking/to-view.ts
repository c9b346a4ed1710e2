import type { ProposalSnapshot } from './outcomes.ts';
import type { Proposal } from './proposal.ts';

/**
 * What those who show a proposal see of it. `unblocking` shows as blocked (the block stands until the provider confirms).
 * `fourEyes` is the tenant's rule: under it the requester is one of those who may not approve.
 */
export function toView(proposal: Proposal, fourEyes: boolean): ProposalSnapshot {
  return {
    id: proposal.id,
    indicator: proposal.indicator,
    iocType: proposal.iocType,
    state: proposal.state === 'unblocking' ? 'blocked' : proposal.state,
    requestedBy: proposal.requestedBy,
    decidedBy: proposal.decidedBy,
    decidedAt: proposal.decidedAt,
    // What the provider did is news while the block stands; after an unblock or lapse it would mislead.
    reason:
      proposal.state === 'failed'
        ? proposal.lastError
        : (proposal.reason ?? (proposal.state === 'blocked' ? proposal.outcome : undefined)),
    expiresAt: proposal.state === 'proposed' ? proposal.decideBy : proposal.blockExpiresAt,
    awaiting:
      proposal.state === 'proposed'
        ? {
            approvals: Math.max(1, proposal.requiredApprovals - proposal.approvals.length),
            notFrom: [...new Set([...(fourEyes ? [proposal.requestedBy] : []), ...proposal.approvals])],
          }
        : undefined,
  };
}
