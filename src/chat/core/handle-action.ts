import type { ApprovalCardModel, CardModel, HuntCardModel, ProposalView } from '../../cards/index.ts';
import type { BotDeps } from './bot-deps.ts';
import { callerOf } from './gate.ts';
import type { InboundAction, MessageRef, Responder } from './inbound.ts';
import type { DecisionOutcome } from './ports.ts';
import type { RunRecord } from './run-records.ts';
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

/**
 * Re-renders every card the proposal is on (each hunt card that shows it, or its own approval card) from the
 * stored state, and updates each message where it was posted. Returns the card of the run that made the proposal.
 */
export async function refreshCard(
  deps: BotDeps,
  action: Pick<InboundAction, 'tenant' | 'surface' | 'channelId'>,
  outcome: DecisionOutcome,
  responder: Responder,
): Promise<CardModel | undefined> {
  const originKey = outcome.runId ?? (outcome.proposal ? proposalRunKey(outcome.proposal.id) : undefined);
  const runs = await runsShowing(deps, originKey, outcome.proposal?.id);
  let originCard: CardModel | undefined;
  for (const run of runs) {
    const card = await currentCard(deps, action.tenant, run, outcome.proposal);
    if (!card) continue;
    await deps.runs.updateCard(run.runId, card);
    if (run.messageRef) await updateMessage(deps, action, responder, run, card);
    if (run.runId === originKey) originCard = card;
  }
  if (originCard || !outcome.proposal) return originCard;
  return { kind: 'approval', tenant: tenantRef(deps.config, action.tenant), proposal: outcome.proposal };
}

/** The run that made the proposal, then every other run whose card shows it (linked when their cards were saved). */
async function runsShowing(
  deps: BotDeps,
  originKey: string | undefined,
  proposalId: string | undefined,
): Promise<RunRecord[]> {
  const origin = originKey ? await deps.runs.get(originKey) : undefined;
  const others = proposalId ? await deps.runs.showing(proposalId) : [];
  return [...(origin ? [origin] : []), ...others.filter((run) => run.runId !== originKey)];
}

async function currentCard(
  deps: BotDeps,
  tenant: string,
  run: RunRecord,
  proposal: ProposalView | undefined,
): Promise<CardModel | undefined> {
  if (run.card.kind === 'hunt') {
    // The proposals this run made, plus the one that changed (another run may have made it first).
    const current = [...(await deps.blocking.proposalsForRun(run.runId)), ...(proposal ? [proposal] : [])];
    return { ...run.card, proposals: mergeProposals(run.card.proposals, current) } satisfies HuntCardModel;
  }
  if (!proposal) return undefined;
  return { kind: 'approval', tenant: tenantRef(deps.config, tenant), proposal } satisfies ApprovalCardModel;
}

/**
 * The presser's responder reaches the conversation the press came from; any other card goes through its
 * surface's updater. A card that cannot be reached keeps its old state, which is logged: the decision stands.
 */
async function updateMessage(
  deps: BotDeps,
  action: Pick<InboundAction, 'surface' | 'channelId'>,
  responder: Responder,
  run: RunRecord,
  card: CardModel,
): Promise<void> {
  const ref = run.messageRef as MessageRef;
  if (run.surface === action.surface && run.channel === action.channelId) return responder.update(ref, card);
  const update = deps.cards?.updaterFor(run.surface) ?? (run.surface === action.surface ? responder.update : undefined);
  if (!update) return;
  await update(ref, card).catch((error: unknown) =>
    deps.logger.warn({ err: error, runId: run.runId, surface: run.surface }, 'a card of the proposal was not updated'),
  );
}

/** A proposal made by `/hunt block` has no hunt run; its approval card is remembered under this key. */
export function proposalRunKey(proposalId: string): string {
  return `proposal:${proposalId}`;
}

function mergeProposals(shown: readonly ProposalView[], current: readonly ProposalView[]): ProposalView[] {
  const byId = new Map(current.map((proposal) => [proposal.id, proposal]));
  return shown.map((proposal) => byId.get(proposal.id) ?? proposal);
}
