import type { CardModel } from './model/card-model.ts';
import type { SlackMessage } from './slack/kit.ts';
import { toBlockKit } from './slack/to-block-kit.ts';
import type { AdaptiveCardJson } from './teams/template.ts';
import { toAdaptiveCard } from './teams/to-adaptive-card.ts';
import { toPlainText } from './text/to-plain-text.ts';

/** The CLI's `--format card|blocks|text`. */
export const CARD_FORMATS = ['card', 'blocks', 'text'] as const;
export type CardFormat = (typeof CARD_FORMATS)[number];

/** One entry point for every kind and surface; the chat layers and the CLI call this. */
export function render(model: CardModel, format: 'card'): AdaptiveCardJson;
export function render(model: CardModel, format: 'blocks'): SlackMessage;
export function render(model: CardModel, format: 'text'): string;
export function render(model: CardModel, format: CardFormat): AdaptiveCardJson | SlackMessage | string;
export function render(model: CardModel, format: CardFormat): AdaptiveCardJson | SlackMessage | string {
  switch (format) {
    case 'card':
      return toAdaptiveCard(model);
    case 'blocks':
      return toBlockKit(model);
    case 'text':
      return toPlainText(model);
  }
}
