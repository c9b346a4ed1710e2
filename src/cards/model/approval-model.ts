import { scoreLabel } from '../format/bands.ts';
import { clip } from '../format/text.ts';
import { formatTime } from '../format/time.ts';
import { tenantLine } from './hunt-summary.ts';
import type { IocScoreSlice, ProposalView, TenantRef } from './types.ts';

/** One block proposal in any state of its life: the card the approval buttons live on, re-rendered on each change. */
export interface ApprovalCardModel {
  readonly kind: 'approval';
  readonly tenant: TenantRef;
  readonly proposal: ProposalView;
  /** Where the block lands, e.g. `Defender indicator` or `Entra named location`. */
  readonly target?: string;
  /** The hunt that raised it, if any. */
  readonly source?: { readonly template: string; readonly runId: string };
  readonly score?: IocScoreSlice;
}

/** Label/value pairs every surface shows under the headline: who asked, who decided and when, what it expires. */
export function approvalFacts(model: ApprovalCardModel): { title: string; value: string }[] {
  const { proposal, score } = model;
  const facts = [
    { title: 'Tenant', value: tenantLine(model.tenant) },
    { title: 'Requested by', value: proposal.requestedBy },
  ];
  if (model.target) facts.push({ title: 'Target', value: model.target });
  if (score) {
    const reason = score.reasons[0] ? ` · ${clip(score.reasons[0], 160)}` : '';
    facts.push({ title: 'Score', value: `${scoreLabel(score.score, score.band)}${reason}` });
  }
  if (proposal.decidedBy) {
    facts.push({ title: 'Decided by', value: `${proposal.decidedBy} at ${formatTime(proposal.decidedAt)}` });
  }
  if (proposal.expiresAt) facts.push({ title: 'Expires', value: formatTime(proposal.expiresAt) });
  if (model.source) facts.push({ title: 'From hunt', value: `${model.source.template} (run ${model.source.runId})` });
  return facts;
}

/** `Reason: …` or `Error: …` for failed blocks; undefined when nobody gave one. */
export function approvalReason(model: ApprovalCardModel): string | undefined {
  const { reason, state } = model.proposal;
  return reason ? `${state === 'failed' ? 'Error' : 'Reason'}: ${clip(reason, 1000)}` : undefined;
}
