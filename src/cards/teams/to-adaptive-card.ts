import type { CardModel } from '../model/card-model.ts';
import { listViewOf } from '../model/to-list-view.ts';
import { approvalAdaptiveCard } from './approval-card.ts';
import { errorAdaptiveCard } from './error-card.ts';
import { type HuntCardOptions, huntAdaptiveCard } from './hunt-card.ts';
import { listAdaptiveCard } from './list-card.ts';
import { pivotAdaptiveCard } from './pivot-card.ts';
import type { AdaptiveCardJson } from './template.ts';

/**
 * Adaptive Card 1.5 for Teams, always under the 28 KB card budget. The options (decisions hidden, a refresh
 * for user-specific views) apply to hunt cards, the cards Teams shows approvers their own view of.
 */
export function toAdaptiveCard(model: CardModel, options: HuntCardOptions = {}): AdaptiveCardJson {
  switch (model.kind) {
    case 'hunt':
      return huntAdaptiveCard(model, options);
    case 'approval':
      return approvalAdaptiveCard(model);
    case 'error':
      return errorAdaptiveCard(model);
    case 'pivot':
      return pivotAdaptiveCard(model);
    default:
      return listAdaptiveCard(listViewOf(model));
  }
}

/** The Bot Framework attachment that carries a card. */
export function toTeamsAttachment(card: AdaptiveCardJson) {
  return { contentType: 'application/vnd.microsoft.card.adaptive', content: card } as const;
}
