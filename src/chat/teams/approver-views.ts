import type { TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { z } from 'zod';
import {
  type AdaptiveCardJson,
  type CardModel,
  type CardRefresh,
  type HuntCardModel,
  proposalStatus,
  TEAMS_MAX_REFRESH_USERS,
  toAdaptiveCard,
} from '../../cards/index.ts';
import type { HuntopsConfig } from '../../config/index.ts';
import { mayApprove } from '../access/authorize.ts';
import type { RunRecords } from '../core/run-records.ts';
import type { ApproverDirectory, ApproverLookup } from './approver-directory.ts';

/** The verb of a hunt card's refresh: Teams sends it when the card is shown to one of its approvers. */
export const REFRESH_VERB = 'refresh';

const refreshData = z.object({ runId: z.string().min(1), tenant: z.string().min(1) });

export interface ApproverViewsOptions {
  readonly config: HuntopsConfig;
  readonly runs: RunRecords;
  readonly directory: ApproverDirectory;
  readonly logger: Logger;
}

export interface ApproverViews {
  /** The card as everyone in the conversation sees it. */
  channelCard(context: TurnContext, model: CardModel): Promise<AdaptiveCardJson>;
  /** The card as one user sees it: the decision buttons only for the tenant's approvers. */
  userCard(context: TurnContext, model: CardModel, userId: string): Promise<AdaptiveCardJson>;
  /** The answer to a refresh invoke: the user's own view of the run's card as stored, or undefined for no such card. */
  refreshedCard(context: TurnContext, data: unknown, userId: string): Promise<AdaptiveCardJson | undefined>;
}

/**
 * Teams "User Specific Views" for hunt cards with proposals still to decide: the channel's copy has no buttons
 * and a refresh naming the tenant's approvers, and Teams asks the bot for their own copy, which has them.
 * Whenever the approvers cannot be named (none configured, more than Teams takes, a lookup that failed, an
 * approver outside the conversation) the card has the buttons for everyone, as before, and the log says why;
 * pressing still refuses non-approvers either way, because the blocking module checks every decision.
 */
export function approverViews(options: ApproverViewsOptions): ApproverViews {
  /** Who the card's refresh names, or undefined (logged) when the approvers cannot all be named. */
  const refreshFor = async (context: TurnContext, model: HuntCardModel): Promise<CardRefresh | undefined> => {
    const approvers = options.config.tenants[model.tenant.key]?.approvers.teams ?? [];
    const lookup = await lookUpApprovers(options.directory, context, approvers);
    if (!lookup.found) {
      options.logger.warn(
        { tenant: model.tenant.key, runId: model.runId, reason: lookup.reason },
        'teams hunt card shows its buttons to everyone: the approvers cannot be given their own view',
      );
      return undefined;
    }
    return { verb: REFRESH_VERB, data: { runId: model.runId, tenant: model.tenant.key }, userIds: lookup.mris };
  };
  const userCard = async (context: TurnContext, model: CardModel, userId: string) => {
    if (!awaitsDecision(model)) return toAdaptiveCard(model);
    const tenant = options.config.tenants[model.tenant.key];
    const approver = tenant !== undefined && mayApprove(model.tenant.key, tenant, caller(context, userId)).allowed;
    return toAdaptiveCard(model, { hideDecisions: !approver, refresh: await refreshFor(context, model) });
  };
  return {
    async channelCard(context, model) {
      if (!awaitsDecision(model)) return toAdaptiveCard(model);
      const refresh = await refreshFor(context, model);
      return toAdaptiveCard(model, refresh ? { hideDecisions: true, refresh } : {});
    },
    userCard,
    async refreshedCard(context, data, userId) {
      const parsed = refreshData.safeParse(data);
      if (!parsed.success) return undefined;
      const card = (await options.runs.get(parsed.data.runId))?.card;
      // The refresh data comes back from the client: it names a card, it does not vouch for the tenant.
      if (card?.kind !== 'hunt' || card.tenant.key !== parsed.data.tenant) return undefined;
      return userCard(context, card, userId);
    },
  };
}

async function lookUpApprovers(
  directory: ApproverDirectory,
  context: TurnContext,
  approvers: readonly string[],
): Promise<ApproverLookup> {
  if (approvers.length === 0) return { found: false, reason: 'the tenant has no Teams approvers' };
  if (approvers.length > TEAMS_MAX_REFRESH_USERS)
    return {
      found: false,
      reason: `${approvers.length} Teams approvers, more than the ${TEAMS_MAX_REFRESH_USERS} a card's refresh can name`,
    };
  return directory.lookUp(context, approvers);
}

/** A hunt card with a proposal someone can still act on: the only cards whose buttons depend on who looks. */
function awaitsDecision(model: CardModel): model is HuntCardModel {
  return model.kind === 'hunt' && model.proposals.some((proposal) => proposalStatus(proposal).verbs.length > 0);
}

function caller(context: TurnContext, userId: string) {
  return { surface: 'teams' as const, channelId: context.activity.conversation.id, userId };
}
