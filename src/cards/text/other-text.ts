import { iocLabel } from '../format/ioc-label.ts';
import { type ApprovalCardModel, approvalFacts, approvalReason } from '../model/approval-model.ts';
import { type ErrorCardModel, errorFooter, explainError } from '../model/error-model.ts';
import type { ListView } from '../model/list-view.ts';
import { proposalStatus, verbTitle } from '../model/proposal-status.ts';

const TONE_MARKS = { Attention: '!!', Warning: '! ', Good: 'ok', Accent: '..', Default: '  ' } as const;

export function listPlainText(view: ListView): string {
  const out = [view.title];
  if (view.summary) out.push(view.summary.text);
  out.push('');
  if (view.items.length === 0) out.push(view.emptyText);
  for (const item of view.items) {
    const actions = item.actions?.length
      ? `  [${item.actions.map((action) => verbTitle(action.verb)).join(' / ')}]`
      : '';
    out.push(`${TONE_MARKS[item.tone ?? 'Default']} ${item.heading}${actions}`);
    if (item.text) out.push(`   ${item.text}`);
  }
  if (view.footer) out.push('', view.footer);
  return `${out.join('\n')}\n`;
}

export function approvalPlainText(model: ApprovalCardModel): string {
  const status = proposalStatus(model.proposal);
  const out = [`${status.headline}: ${iocLabel(model.proposal.indicator)}`];
  for (const fact of approvalFacts(model)) out.push(`${`${fact.title}:`.padEnd(14)}${fact.value}`);
  const reason = approvalReason(model);
  if (reason) out.push(reason);
  if (status.verbs.length) out.push(`Actions: ${status.verbs.map(verbTitle).join(', ')}`);
  out.push(`Proposal ${model.proposal.id} · state ${model.proposal.state}`);
  return `${out.join('\n')}\n`;
}

export function errorPlainText(model: ErrorCardModel): string {
  const explanation = explainError(model.code);
  const out = [`${explanation.title}.`, explanation.next];
  if (model.message) out.push(`Detail: ${model.message}`);
  out.push(errorFooter(model));
  return `${out.join('\n')}\n`;
}
