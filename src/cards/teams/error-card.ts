import { clip } from '../format/text.ts';
import { type ErrorCardModel, errorFooter, explainError } from '../model/error-model.ts';
import { type AdaptiveCardJson, expandTemplate } from './template.ts';

export function errorAdaptiveCard(model: ErrorCardModel): AdaptiveCardJson {
  return expandTemplate('error', {
    ...explainError(model.code),
    hasDetail: Boolean(model.message),
    detail: clip(model.message ?? '', 1500),
    footer: errorFooter(model),
  });
}
