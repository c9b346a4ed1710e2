import {
  ActivityTypes,
  type CloudAdapter,
  type ConversationReference,
  MessageFactory,
  type TurnContext,
} from 'botbuilder';
import { type CardModel, toAdaptiveCard, toTeamsAttachment } from '../../cards/index.ts';
import type { MessageRef, Responder } from '../core/inbound.ts';

export interface TeamsResponderOptions {
  readonly adapter: CloudAdapter;
  readonly appId: string;
  readonly reference: Partial<ConversationReference>;
}

/**
 * Answers through proactive messages on the stored conversation reference, so a hunt that outlasts the
 * turn (or the invoke window) still lands, and later card updates reach the same message.
 */
export function teamsResponder(options: TeamsResponderOptions): Responder {
  const inConversation = (logic: (context: TurnContext) => Promise<void>) =>
    options.adapter.continueConversationAsync(options.appId, options.reference, logic);
  const attachment = (card: CardModel) => MessageFactory.attachment(toTeamsAttachment(toAdaptiveCard(card)));
  return {
    async acknowledge() {
      // Teams shows a typing indicator rather than a "working on it" message.
      await inConversation(async (context) => void (await context.sendActivity({ type: ActivityTypes.Typing })));
    },
    async post(card): Promise<MessageRef> {
      let activityId = '';
      await inConversation(async (context) => {
        activityId = (await context.sendActivity(attachment(card)))?.id ?? '';
      });
      return { activityId, conversationId: options.reference.conversation?.id ?? '' };
    },
    async update(ref, card) {
      if (!ref.activityId) return;
      await inConversation(async (context) => {
        await context.updateActivity({ ...attachment(card), id: ref.activityId, type: ActivityTypes.Message });
      });
    },
    async whisper(text) {
      await inConversation(async (context) => void (await context.sendActivity(text)));
    },
  };
}
