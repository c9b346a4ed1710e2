import type { AdaptiveCardJson } from './template.ts';

/**
 * Universal Actions refresh ("User Specific Views"): Teams sends each listed user (a `29:…` MRI) an
 * `adaptiveCard/action` invoke with this verb and data when the card is shown to them, and shows them the card
 * the bot answers with. Everyone else sees the card as posted.
 */
export interface CardRefresh {
  readonly verb: string;
  readonly data: Readonly<Record<string, string>>;
  readonly userIds: readonly string[];
}

export function withRefresh(card: AdaptiveCardJson, refresh: CardRefresh | undefined): AdaptiveCardJson {
  if (!refresh) return card;
  const action = { type: 'Action.Execute', verb: refresh.verb, data: refresh.data };
  return { ...card, refresh: { action, userIds: [...refresh.userIds] } };
}
