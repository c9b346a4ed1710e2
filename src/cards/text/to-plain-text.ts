import type { CardModel } from '../model/card-model.ts';
import { listViewOf } from '../model/to-list-view.ts';
import { huntPlainText } from './hunt-text.ts';
import { approvalPlainText, errorPlainText, listPlainText } from './other-text.ts';
import { pivotPlainText } from './pivot-text.ts';

/** Plain text for the CLI (`--format text`) and for chat clients that cannot show cards. */
export function toPlainText(model: CardModel): string {
  switch (model.kind) {
    case 'hunt':
      return huntPlainText(model);
    case 'approval':
      return approvalPlainText(model);
    case 'error':
      return errorPlainText(model);
    case 'pivot':
      return pivotPlainText(model);
    default:
      return listPlainText(listViewOf(model));
  }
}
