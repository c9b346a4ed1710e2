import type { CardModel } from '../../cards/index.ts';
import type { Surface } from '../../config/index.ts';
import type { MessageRef } from './inbound.ts';

/** Replaces one posted message on its surface, from outside any request on that surface. */
export type CardUpdater = (ref: MessageRef, card: CardModel) => Promise<void>;

/**
 * How the core reaches a card in another conversation than the one a button was pressed in (the other cards of
 * a proposal): Slack's bot client, Teams' stored conversation reference. Surfaces register when they start,
 * after the bot is built; a surface without an updater (the console) is reached only through its own requests.
 */
export interface CardDelivery {
  register(surface: Surface, update: CardUpdater): void;
  updaterFor(surface: string): CardUpdater | undefined;
}

export function createCardDelivery(): CardDelivery {
  const updaters = new Map<string, CardUpdater>();
  return {
    register: (surface, update) => void updaters.set(surface, update),
    updaterFor: (surface) => updaters.get(surface),
  };
}
