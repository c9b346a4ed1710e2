import {
  ActivityTypes,
  type CloudAdapter,
  type ConversationReference,
  MessageFactory,
  type TurnContext,
} from 'botbuilder';
import { type AdaptiveCardJson, type CardModel, toAdaptiveCard, toTeamsAttachment } from '../../cards/index.ts';
import type { MessageRef, Responder } from '../core/inbound.ts';
import { deliveryError } from './connector-error.ts';

export interface TeamsResponderOptions {
  readonly adapter: CloudAdapter;
  readonly appId: string;
  readonly reference: Partial<ConversationReference>;
  /** How a card looks to the whole conversation (ApproverViews.channelCard); by default the card as rendered. */
  readonly channelCard?: (context: TurnContext, model: CardModel) => Promise<AdaptiveCardJson>;
}

/**
 * The conversation a posted card lives in: another reply thread of the same channel (another hunt's card of the
 * same proposal) is reached through the same service with its own conversation id.
 */
function conversationOf(reference: Partial<ConversationReference>, ref: MessageRef): Partial<ConversationReference> {
  if (!ref.conversationId || !reference.conversation || ref.conversationId === reference.conversation.id)
    return reference;
  return { ...reference, conversation: { ...reference.conversation, id: ref.conversationId } };
}

/**
 * Answers through proactive messages on the stored conversation reference, so a hunt that outlasts the
 * turn (or the invoke window) still lands, and later card updates reach the same message. A message Teams
 * did not take rejects with a coded TeamsConnectorError, so the core audits and reports it like any failure.
 */
export function teamsResponder(options: TeamsResponderOptions): Responder {
  const inConversation = (
    what: string,
    logic: (context: TurnContext) => Promise<void>,
    reference: Partial<ConversationReference> = options.reference,
  ) =>
    options.adapter.continueConversationAsync(options.appId, reference, logic).catch((error: unknown) => {
      throw deliveryError(what, error);
    });
  const render = options.channelCard ?? (async (_context: TurnContext, model: CardModel) => toAdaptiveCard(model));
  const attachment = async (context: TurnContext, card: CardModel) =>
    MessageFactory.attachment(toTeamsAttachment(await render(context, card)));
  return {
    async acknowledge() {
      // Teams shows a typing indicator rather than a "working on it" message.
      await inConversation('show the typing indicator', async (context) => {
        await context.sendActivity({ type: ActivityTypes.Typing });
      });
    },
    async post(card): Promise<MessageRef> {
      let activityId = '';
      await inConversation('take the card', async (context) => {
        activityId = (await context.sendActivity(await attachment(context, card)))?.id ?? '';
      });
      return { activityId, conversationId: options.reference.conversation?.id ?? '' };
    },
    async update(ref, card) {
      if (!ref.activityId) return;
      await inConversation(
        'update the card',
        async (context) => {
          const activity = await attachment(context, card);
          await context.updateActivity({ ...activity, id: ref.activityId, type: ActivityTypes.Message });
        },
        conversationOf(options.reference, ref),
      );
    },
    async whisper(text) {
      await inConversation('take the message', async (context) => void (await context.sendActivity(text)));
    },
  };
}
