import { TEAMS_CARD_BUDGET } from '../limits.ts';
import type { AdaptiveCardJson } from './template.ts';

// Room for the activity around the card (type, attachment envelope, conversation ids) inside the same budget.
const ENVELOPE_RESERVE = 1024;

/** Card size as Teams counts it: UTF-16 code units of the JSON. */
export function cardSize(card: object): number {
  return JSON.stringify(card).length;
}

/**
 * Renders with as many list items as fit in the Teams budget (less the envelope): starts at `preferred` and shrinks until the card
 * fits. `build(shown)` must say "and N more" for the items it leaves out.
 */
export function fitCard(build: (shown: number) => AdaptiveCardJson, preferred: number): AdaptiveCardJson {
  let shown = preferred;
  let card = build(shown);
  while (shown > 0 && cardSize(card) > TEAMS_CARD_BUDGET - ENVELOPE_RESERVE) {
    shown = Math.floor(shown * 0.75);
    card = build(shown);
  }
  return card;
}
