import type { CardVerb } from '../actions.ts';
import { formatTime } from '../format/time.ts';
import type { ProposalState, ProposalView } from './types.ts';

/** What a proposal's state means for the reader and which buttons it offers. Shared by every renderer. */
export interface ProposalStatus {
  readonly headline: string;
  /** Who decided, when and why, in plain words; empty when nobody has decided yet. */
  readonly detail: string;
  readonly verbs: readonly CardVerb[];
}

const HEADLINES: Record<Exclude<ProposalState, 'proposed'>, string> = {
  approved: 'Approved: the block is queued',
  blocking: 'Blocking…',
  blocked: 'Blocked',
  failed: 'Block failed',
  denied: 'Denied',
  expired: 'Proposal expired before anyone decided',
  unblocked: 'Unblocked',
  lapsed: 'Block lapsed at its expiry',
};

const VERBS: Partial<Record<ProposalState, readonly CardVerb[]>> = {
  proposed: ['approve', 'deny'],
  failed: ['retry'],
  blocked: ['unblock'],
};

export function proposalStatus(proposal: ProposalView): ProposalStatus {
  const parts: string[] = [];
  if (proposal.decidedBy) parts.push(`by ${proposal.decidedBy} at ${formatTime(proposal.decidedAt)}`);
  if (proposal.reason) parts.push(`${proposal.state === 'failed' ? 'error' : 'reason'}: ${proposal.reason}`);
  if (proposal.expiresAt && ['proposed', 'approved', 'blocking', 'blocked'].includes(proposal.state)) {
    parts.push(`${proposal.state === 'proposed' ? 'open until' : 'expires'} ${formatTime(proposal.expiresAt)}`);
  }
  if (proposal.expiresAt && (proposal.state === 'expired' || proposal.state === 'lapsed')) {
    parts.push(`at ${formatTime(proposal.expiresAt)}`);
  }
  const headline = proposal.state === 'proposed' ? awaitingHeadline(proposal) : HEADLINES[proposal.state];
  return { headline, detail: parts.join(' · '), verbs: VERBS[proposal.state] ?? [] };
}

/** Who is still needed, as the blocking module counts it: never "a second analyst" when one approver will do. */
function awaitingHeadline(proposal: ProposalView): string {
  const { approvals, notFrom } = proposal.awaiting ?? { approvals: 1, notFrom: [] };
  const who = approvals === 1 ? 'an approver' : `${approvals} approvers`;
  return `Block proposed: waiting for ${who}${notFrom.length > 0 ? ` other than ${notFrom.join(', ')}` : ''}`;
}

export function verbTitle(verb: CardVerb): string {
  return { approve: 'Approve', deny: 'Deny', retry: 'Retry', unblock: 'Unblock' }[verb];
}
