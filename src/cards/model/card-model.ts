import type { ApprovalCardModel } from './approval-model.ts';
import type { BlocksCardModel } from './blocks-model.ts';
import type { DigestCardModel } from './digest-model.ts';
import type { ErrorCardModel } from './error-model.ts';
import type { HelpCardModel } from './help-model.ts';
import type { HuntCardModel } from './hunt-model.ts';
import type { PivotCardModel } from './pivot-model.ts';
import type { SweepCardModel } from './sweep-model.ts';
import type { TenantsCardModel } from './tenants-model.ts';

/** Every card the bot can produce; `kind` picks the renderer. */
export type CardModel =
  | HuntCardModel
  | PivotCardModel
  | ApprovalCardModel
  | DigestCardModel
  | SweepCardModel
  | ErrorCardModel
  | TenantsCardModel
  | BlocksCardModel
  | HelpCardModel;

export type CardKind = CardModel['kind'];
