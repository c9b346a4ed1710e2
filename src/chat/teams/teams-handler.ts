import {
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type CloudAdapter,
  TeamsActivityHandler,
  TurnContext,
} from 'botbuilder';
import type { Logger } from 'pino';
import { CardActionError, parseCardAction, toAdaptiveCard } from '../../cards/index.ts';
import type { Bot } from '../core/bot.ts';
import type { InboundCommand, Responder } from '../core/inbound.ts';
import { teamsResponder } from './teams-responder.ts';

export interface TeamsHandlerOptions {
  readonly bot: Bot;
  readonly adapter: CloudAdapter;
  readonly appId: string;
  readonly logger: Logger;
  readonly newCorrelationId: () => string;
  /** Remembers where the bot was added or messaged, for digests posted later. */
  readonly rememberConversation: (reference: object) => Promise<void>;
}

/** Where a command came from: the channel for team channels, the conversation for chats. Users are AAD object ids. */
function origin(context: TurnContext) {
  const activity = context.activity;
  const channelData = activity.channelData as { channel?: { id?: string } } | undefined;
  return {
    channelId: channelData?.channel?.id ?? activity.conversation.id,
    userId: activity.from.aadObjectId ?? activity.from.id,
    userName: activity.from.name,
  };
}

/** Messages become commands; Action.Execute presses become decisions answered with the updated card. */
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
    await context.sendActivity({ type: 'typing' });
    // The typing indicator above is this command's acknowledgement; a second one from the responder adds nothing.
    const responder: Responder = {
      ...teamsResponder({ adapter: this.options.adapter, appId: this.options.appId, reference }),
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
    const reference = TurnContext.getConversationReference(context.activity);
    let payload: ReturnType<typeof parseCardAction>;
    try {
      payload = parseCardAction({ ...(invokeValue.action.data as object), verb: invokeValue.action.verb });
    } catch (error) {
      if (error instanceof CardActionError) return message(error.message);
      throw error;
    }
    const whispers: string[] = [];
    const proactive = teamsResponder({ adapter: this.options.adapter, appId: this.options.appId, reference });
    // Private words go back in the invoke response (only the presser sees them), not to the channel.
    const responder: Responder = { ...proactive, whisper: async (text) => void whispers.push(text) };
    const card = await this.options.bot.handleAction(
      { surface: 'teams', ...origin(context), ...payload, correlationId: this.options.newCorrelationId() },
      responder,
    );
    if (whispers.length > 0 || !card) return message(whispers.join('\n') || 'Nothing changed.');
    return {
      statusCode: 200,
      type: 'application/vnd.microsoft.card.adaptive',
      value: toAdaptiveCard(card),
    } as AdaptiveCardInvokeResponse;
  }
}

function message(text: string): AdaptiveCardInvokeResponse {
  return {
    statusCode: 200,
    type: 'application/vnd.microsoft.activity.message',
    value: text,
  } as unknown as AdaptiveCardInvokeResponse;
}
