import {
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type CloudAdapter,
  type ConversationReference,
  TeamsActivityHandler,
  TurnContext,
} from 'botbuilder';
import type { Logger } from 'pino';
import {
  type AdaptiveCardJson,
  type ButtonPress,
  CardActionError,
  type PivotActionPayload,
  parseButtonPress,
  pivotCommandText,
} from '../../cards/index.ts';
import type { AuditLog } from '../../store/index.ts';
import { auditRejectedAction } from '../core/audit-event.ts';
import type { Bot } from '../core/bot.ts';
import type { InboundCommand, Responder } from '../core/inbound.ts';
import { type ApproverViews, REFRESH_VERB } from './approver-views.ts';
import { entraTenantOf } from './entra-tenants.ts';
import { teamsResponder } from './teams-responder.ts';

export interface TeamsHandlerOptions {
  readonly bot: Bot;
  readonly adapter: CloudAdapter;
  readonly appId: string;
  readonly logger: Logger;
  readonly newCorrelationId: () => string;
  /** Remembers where the bot was added or messaged, for digests posted later. */
  readonly rememberConversation: (reference: object) => Promise<void>;
  /** Who sees a hunt card's decision buttons (Teams User Specific Views). */
  readonly views: ApproverViews;
  /** Where presses with an unreadable payload are recorded. */
  readonly audit: AuditLog;
}

/**
 * Where a command came from: the channel for team channels, the conversation for chats. Users are AAD object
 * ids, which mean something only with their Entra tenant: the authorization rule checks it per huntops tenant.
 */
/** Teams gives an invoke a few seconds; a pivot still running then answers the presser and posts its card later. */
const PIVOT_INVOKE_BUDGET_MS = 4_000;

function origin(context: TurnContext) {
  const activity = context.activity;
  const channelData = activity.channelData as { channel?: { id?: string } } | undefined;
  return {
    channelId: channelData?.channel?.id ?? activity.conversation.id,
    userId: activity.from.aadObjectId ?? activity.from.id,
    userName: activity.from.name,
    entraTenantId: entraTenantOf(activity),
  };
}

/**
 * Messages become commands; Action.Execute presses become decisions answered with the updated card, and a
 * card's refresh is answered with the asking user's own view of it.
 */
export class TeamsHandler extends TeamsActivityHandler {
  constructor(private readonly options: TeamsHandlerOptions) {
    super();
    this.onMessage(async (context, next) => {
      await this.startCommand(context);
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      await options.rememberConversation(TurnContext.getConversationReference(context.activity));
      await next();
    });
  }

  private responderFor(reference: Partial<ConversationReference>) {
    const { adapter, appId, views } = this.options;
    return teamsResponder({ adapter, appId, reference, channelCard: views.channelCard });
  }

  /** Acknowledges within the turn (typing) and finishes the hunt proactively, so no Teams timeout cuts it short. */
  private async startCommand(context: TurnContext): Promise<void> {
    const reference = TurnContext.getConversationReference(context.activity);
    await this.options.rememberConversation(reference);
    const text = TurnContext.removeRecipientMention(context.activity) ?? context.activity.text ?? '';
    const inbound: InboundCommand = {
      surface: 'teams',
      ...origin(context),
      text,
      correlationId: this.options.newCorrelationId(),
    };
    // Only a courtesy: a connector that will not take it must not keep the hunt from running.
    await context
      .sendActivity({ type: 'typing' })
      .catch((error) =>
        this.options.logger.warn(
          { err: error, correlationId: inbound.correlationId },
          'teams typing indicator not delivered',
        ),
      );
    // The typing indicator above is this command's acknowledgement; a second one from the responder adds nothing.
    const responder: Responder = {
      ...this.responderFor(reference),
      acknowledge: async () => {},
    };
    void this.options.bot
      .handleCommand(inbound, responder)
      .catch((error) => this.options.logger.error({ err: error }, 'teams command failed'));
  }

  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    if (invokeValue.action.verb === REFRESH_VERB) return this.refresh(context, invokeValue.action.data);
    const reference = TurnContext.getConversationReference(context.activity);
    const correlationId = this.options.newCorrelationId();
    let press: ButtonPress;
    try {
      press = parseButtonPress({ ...(invokeValue.action.data as object), verb: invokeValue.action.verb });
    } catch (error) {
      if (!(error instanceof CardActionError)) throw error;
      const rejected = { surface: 'teams', ...origin(context), correlationId };
      await auditRejectedAction(this.options.audit, rejected, error.message);
      return message(error.message);
    }
    if (press.kind === 'pivot') return this.pivot(context, press.pivot, correlationId);
    const payload = press.decision;
    const whispers: string[] = [];
    const notUpdated: string[] = [];
    const proactive = this.responderFor(reference);
    const responder: Responder = {
      ...proactive,
      // Private words go back in the invoke response (only the presser sees them), not to the channel.
      whisper: async (text) => void whispers.push(text),
      // The decision is made and stored before the card is refreshed, and the presser gets the new card in this
      // response whatever the connector does. So a failed update only leaves the channel's copy stale: say so
      // on the card rather than fail the press, which would read as if the approval itself had failed.
      update: (ref, card) =>
        proactive.update(ref, card).catch((error: unknown) => {
          this.options.logger.warn({ err: error, correlationId }, 'teams card update not delivered');
          notUpdated.push(error instanceof Error ? error.message : String(error));
        }),
    };
    const inbound = { surface: 'teams' as const, ...origin(context), ...payload, correlationId };
    const card = await this.options.bot.handleAction(inbound, responder);
    if (whispers.length > 0 || !card) return message(whispers.join('\n') || 'Nothing changed.');
    // The presser's own view: an approver keeps the buttons the channel's copy may not show.
    const view = await this.options.views.userCard(context, card, inbound);
    return cardResponse(withNotes(view, notUpdated.map(staleCardNote)));
  }

  /**
   * A pivot press is the command it names: its card is posted to the conversation like a typed command's. The
   * invoke response (only the presser sees it) carries a refusal or usage when the pivot ends within the invoke
   * budget, else that it is under way; what is said to the presser after that goes to the conversation.
   */
  private async pivot(
    context: TurnContext,
    pivot: PivotActionPayload,
    correlationId: string,
  ): Promise<AdaptiveCardInvokeResponse> {
    const proactive = this.responderFor(TurnContext.getConversationReference(context.activity));
    const whispers: string[] = [];
    let answered = false;
    const responder: Responder = {
      ...proactive,
      acknowledge: async () => {},
      whisper: async (text) => (answered ? proactive.whisper(text) : void whispers.push(text)),
    };
    const text = pivotCommandText(pivot);
    const work = this.options.bot.handleCommand(
      { surface: 'teams', ...origin(context), text, correlationId },
      responder,
    );
    let timer: NodeJS.Timeout | undefined;
    const finished = await Promise.race([
      work.then(() => true),
      new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), PIVOT_INVOKE_BUDGET_MS);
      }),
    ]);
    clearTimeout(timer);
    answered = true;
    if (!finished) return message(`Pivoting: /hunt ${text}. The card follows in this conversation.`);
    return message(whispers.join('\n') || `Pivoted: /hunt ${text}`);
  }

  /** Teams asks for one user's view of a card that names them in its refresh: answered from the stored card. */
  private async refresh(context: TurnContext, data: unknown): Promise<AdaptiveCardInvokeResponse> {
    const card = await this.options.views.refreshedCard(context, data, { surface: 'teams', ...origin(context) });
    return card ? cardResponse(card) : message('This card is no longer available.');
  }
}

function cardResponse(card: AdaptiveCardJson): AdaptiveCardInvokeResponse {
  return {
    statusCode: 200,
    type: 'application/vnd.microsoft.card.adaptive',
    value: card,
  } as AdaptiveCardInvokeResponse;
}

function staleCardNote(reason: string): string {
  return `Done, but the card in the channel still shows the old state: ${reason}. Run \`blocks\` there to show everyone the current blocks.`;
}

/** Warnings under the card's own content, for the presser only (this is the invoke response). */
function withNotes(card: AdaptiveCardJson, notes: readonly string[]): AdaptiveCardJson {
  if (notes.length === 0) return card;
  const body = Array.isArray(card.body) ? card.body : [];
  const lines = notes.map((text) => ({ type: 'TextBlock', text, wrap: true, color: 'Warning', spacing: 'Medium' }));
  return { ...card, body: [...body, ...lines] };
}

function message(text: string): AdaptiveCardInvokeResponse {
  return {
    statusCode: 200,
    type: 'application/vnd.microsoft.activity.message',
    value: text,
  } as unknown as AdaptiveCardInvokeResponse;
}
