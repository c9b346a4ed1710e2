import { proposalStateColor } from '../format/bands.ts';
import { iocLabel } from '../format/ioc-label.ts';
import { clip } from '../format/text.ts';
import { type ApprovalCardModel, approvalFacts, approvalReason } from '../model/approval-model.ts';
import { proposalStatus } from '../model/proposal-status.ts';
import {
  actionBlocks,
  context,
  header,
  mrkdwnSafe,
  type SlackBlock,
  type SlackMessage,
  section,
  toneMark,
} from './kit.ts';

export function approvalBlockKit(model: ApprovalCardModel): SlackMessage {
  const status = proposalStatus(model.proposal);
  const reason = approvalReason(model);
  const blocks: SlackBlock[] = [
    header(status.headline),
    section(
      `${toneMark(proposalStateColor(model.proposal.state))}*${mrkdwnSafe(iocLabel(model.proposal.indicator), 200)}*`,
      approvalFacts(model).map((fact) => `*${fact.title}*\n${mrkdwnSafe(fact.value, 1000)}`),
    ),
  ];
  if (reason) blocks.push(section(mrkdwnSafe(reason, 2000)));
  blocks.push(
    ...actionBlocks(
      status.verbs.map((verb) => ({ payload: { verb, proposalId: model.proposal.id, tenant: model.tenant.key } })),
    ),
    context([`Proposal ${mrkdwnSafe(model.proposal.id, 200)} · state ${model.proposal.state}`]),
  );
  return {
    blocks,
    text: clip(`${status.headline}: ${iocLabel(model.proposal.indicator)} (${model.tenant.displayName})`, 300),
  };
}
