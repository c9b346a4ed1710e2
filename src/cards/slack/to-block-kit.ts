import type { CardModel } from '../model/card-model.ts';
import { listViewOf } from '../model/to-list-view.ts';
import { approvalBlockKit } from './approval-blocks.ts';
import { errorBlockKit } from './error-blocks.ts';
import { huntBlockKit } from './hunt-blocks.ts';
import type { SlackMessage } from './kit.ts';
import { listBlockKit } from './list-blocks.ts';
import { pivotBlockKit } from './pivot-blocks.ts';

/** Block Kit within Slack's limits; `overflowCsv` holds the full finding list when the message shows only the top. */
export function toBlockKit(model: CardModel): SlackMessage {
  switch (model.kind) {
    case 'hunt':
      return huntBlockKit(model);
    case 'approval':
      return approvalBlockKit(model);
    case 'error':
      return errorBlockKit(model);
    case 'pivot':
      return pivotBlockKit(model);
    default:
      return listBlockKit(listViewOf(model));
  }
}
