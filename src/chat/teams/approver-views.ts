import type { TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { z } from 'zod';
import { authorize, type Caller } from '../../access/index.ts';
import {
  type AdaptiveCardJson,
  type CardModel,
  type CardRefresh,
  type HuntCardModel,
  proposalStatus,
  TEAMS_MAX_REFRESH_USERS,
  toAdaptiveCard,
} from '../../cards/index.ts';
import { findTenant, type HuntopsConfig } from '../../config/index.ts';
import type { AuditLog } from '../../store/index.ts';
import type { RunRecord, RunRecords } from '../core/run-records.ts';
import type { ApproverDirectory, ApproverLookup } from './approver-directory.ts';

/** The verb of a hunt card's refresh: Teams sends it when the card is shown to one of its approvers. */
export const REFRESH_VERB = 'refresh';

const refreshData = z.object({ runId: z.string().min(1), tenant: z.string().min(1) });

export interface ApproverViewsOptions {
  readonly config: HuntopsConfig;
  readonly runs: RunRecords;
  readonly directory: ApproverDirectory;
  readonly logger: Logger;
  /** Where refused refreshes are recorded. */
  readonly audit: AuditLog;
}

export interface ApproverViews {
  /** The card as everyone in the conversation sees it. */
  channelCard(context: TurnContext, model: CardModel): Promise<AdaptiveCardJson>;
  /** The card as one user sees it: the decision buttons only for the tenant's approvers in this channel. */
  userCard(context: TurnContext, model: CardModel, caller: Caller): Promise<AdaptiveCardJson>;
  /**
   * The answer to a refresh invoke: the caller's own view of the run's card as stored, or undefined for no such
   * card, for a card posted in another conversation, or for a caller who may not hunt its tenant there.
   */
  refreshedCard(context: TurnContext, data: unknown, caller: Caller): Promise<AdaptiveCardJson | undefined>;
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
    const approvers = findTenant(options.config, model.tenant.key)?.approvers.teams ?? [];
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
  const userCard = async (context: TurnContext, model: CardModel, caller: Caller) => {
    if (!awaitsDecision(model)) return toAdaptiveCard(model);
    const approver = authorize(options.config, caller, { role: 'approver', tenant: model.tenant.key }).allowed;
    return toAdaptiveCard(model, { hideDecisions: !approver, refresh: await refreshFor(context, model) });
  };
  return {
    async channelCard(context, model) {
      if (!awaitsDecision(model)) return toAdaptiveCard(model);
      const refresh = await refreshFor(context, model);
      return toAdaptiveCard(model, refresh ? { hideDecisions: true, refresh } : {});
    },
    userCard,
    async refreshedCard(context, data, caller) {
      const parsed = refreshData.safeParse(data);
      const run = parsed.success ? await options.runs.get(parsed.data.runId) : undefined;
      const refusal = parsed.success ? whyNotShown(options.config, run, parsed.data.tenant, caller) : 'malformed data';
      if (run && !refusal) return userCard(context, run.card, caller);
      await options.audit.append({
        correlationId: context.activity.id ?? 'teams-refresh',
        action: 'card.refresh',
        outcome: 'refused',
        actor: caller.userId,
        surface: 'teams',
        channel: caller.channelId,
        details: { runId: parsed.success ? parsed.data.runId.slice(0, 200) : undefined, reason: refusal },
      });
      return undefined;
    },
  };
}

/**
 * Why a refresh gets no card, or undefined to show it. The refresh data comes back from the client: it names a
 * card, it vouches for neither its tenant nor the conversation it was posted in, nor the caller's right to see it.
 */
function whyNotShown(
  config: HuntopsConfig,
  run: RunRecord | undefined,
  tenant: string,
  caller: Caller,
): string | undefined {
  if (run?.card.kind !== 'hunt') return 'no such hunt card';
  if (run.card.tenant.key !== tenant) return 'the refresh names another tenant';
  if (run.surface !== 'teams' || run.channel !== caller.channelId) return 'the card was posted in another conversation';
  if (!authorize(config, caller, { role: 'hunter', tenant: run.tenant }).allowed)
    return 'the caller may not hunt its tenant here';
  return undefined;
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
