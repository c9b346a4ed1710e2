import type { CloudAdapter, ConversationReference } from 'botbuilder';
import type { CardModel } from '../../cards/index.ts';
import { teamsResponder } from './teams-responder.ts';

/** The Teams connection a digest is posted through: the surface's adapter and the bot's app id. */
export interface TeamsDigestOptions {
  readonly adapter: CloudAdapter;
  readonly appId: string;
}

/** Posts a card into a stored conversation outside any request. */
export type TeamsDigestPoster = (reference: unknown, card: CardModel) => Promise<void>;

/**
 * Digests into Teams on a stored conversation reference: the same proactive path as hunt cards, so a refused card
 * fails with the same plain words.
 */
export function teamsDigestPoster(options: TeamsDigestOptions): TeamsDigestPoster {
  return async (reference, card) => {
    await teamsResponder({ ...options, reference: reference as Partial<ConversationReference> }).post(card);
  };
}
