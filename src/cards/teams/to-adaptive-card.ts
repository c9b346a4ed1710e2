import type { CardModel } from '../model/card-model.ts';
import { listViewOf } from '../model/list-views.ts';
import { approvalAdaptiveCard } from './approval-card.ts';
import { errorAdaptiveCard } from './error-card.ts';
import { huntAdaptiveCard } from './hunt-card.ts';
import { listAdaptiveCard } from './list-card.ts';
import type { AdaptiveCardJson } from './template.ts';

/** Adaptive Card 1.5 for Teams, always under the 28 KB card budget. */
export function toAdaptiveCard(model: CardModel): AdaptiveCardJson {
  switch (model.kind) {
    case 'hunt':
      return huntAdaptiveCard(model);
    case 'approval':
      return approvalAdaptiveCard(model);
    case 'error':
      return errorAdaptiveCard(model);
    default:
      return listAdaptiveCard(listViewOf(model));
  }
}

/** The Bot Framework attachment that carries a card. */
export function toTeamsAttachment(card: AdaptiveCardJson) {
  return { contentType: 'application/vnd.microsoft.card.adaptive', content: card } as const;
}
