import { proposalStateColor } from '../format/bands.ts';
import { iocLabel } from '../format/ioc-label.ts';
import { type ApprovalCardModel, approvalFacts, approvalReason } from '../model/approval-model.ts';
import { proposalStatus } from '../model/proposal-status.ts';
import { executeButtons } from './buttons.ts';
import { type AdaptiveCardJson, expandTemplate } from './template.ts';

export function approvalAdaptiveCard(model: ApprovalCardModel): AdaptiveCardJson {
  const status = proposalStatus(model.proposal);
  const reason = approvalReason(model);
  return expandTemplate('approval', {
    headline: status.headline,
    stateColor: proposalStateColor(model.proposal.state),
    indicator: iocLabel(model.proposal.indicator),
    facts: approvalFacts(model),
    hasDetail: reason !== undefined,
    detail: reason ?? '',
    hasButtons: status.verbs.length > 0,
    buttons: executeButtons(status.verbs, model.proposal.id, model.tenant.key),
    footer: `Proposal ${model.proposal.id} · state ${model.proposal.state}`,
  });
}
