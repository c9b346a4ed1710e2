import type { ApprovalCardModel, CardModel, HuntCardModel, ProposalView } from '../../cards/index.ts';
import type { BotDeps } from './bot-deps.ts';
import { callerOf } from './gate.ts';
import type { InboundAction, Responder } from './inbound.ts';
import type { DecisionOutcome } from './ports.ts';
import { tenantRef } from './tenant-ref.ts';

/**
 * A button press from an approver of the tenant (the bot's gate checked). The blocking module decides (four-eyes,
 * state machine); this function turns the outcome into the updated card for everyone, or a private refusal.
 * Returns the card as it now stands, for surfaces that answer the press with it (Teams Action.Execute).
 */
export async function handleAction(
  deps: BotDeps,
  action: InboundAction,
  responder: Responder,
): Promise<CardModel | undefined> {
  const outcome = await deps.blocking.decide({
    tenant: action.tenant,
    proposalId: action.proposalId,
    verb: action.verb,
    reason: action.reason,
    caller: callerOf(action),
    correlationId: action.correlationId,
  });
  if (!outcome.ok) await responder.whisper(outcome.reason);
  return refreshCard(deps, action, outcome, responder);
}

/** Re-renders the card the proposal lives on (the hunt card, or its own approval card) from the stored state. */
export async function refreshCard(
  deps: BotDeps,
  action: Pick<InboundAction, 'tenant'>,
  outcome: DecisionOutcome,
  responder: Responder,
): Promise<CardModel | undefined> {
  const runKey = outcome.runId ?? (outcome.proposal ? proposalRunKey(outcome.proposal.id) : undefined);
  const run = runKey ? await deps.runs.get(runKey) : undefined;
  if (run && run.card.kind === 'hunt') {
    const proposals = await deps.blocking.proposalsForRun(run.runId);
    const card: HuntCardModel = { ...run.card, proposals: mergeProposals(run.card.proposals, proposals) };
    await deps.runs.updateCard(run.runId, card);
    if (run.messageRef) await responder.update(run.messageRef, card);
    return card;
  }
  if (!outcome.proposal) return undefined;
  const card: ApprovalCardModel = {
    kind: 'approval',
    tenant: tenantRef(deps.config, action.tenant),
    proposal: outcome.proposal,
  };
  if (run) await deps.runs.updateCard(run.runId, card);
  if (run?.messageRef) await responder.update(run.messageRef, card);
  return card;
}

/** A proposal made by `/hunt block` has no hunt run; its approval card is remembered under this key. */
export function proposalRunKey(proposalId: string): string {
  return `proposal:${proposalId}`;
}

function mergeProposals(shown: readonly ProposalView[], current: readonly ProposalView[]): ProposalView[] {
  const byId = new Map(current.map((proposal) => [proposal.id, proposal]));
  return shown.map((proposal) => byId.get(proposal.id) ?? proposal);
}
