// Public surface of the cards: report models and their Adaptive Card, Block Kit and plain-text renderings.
export {
  type ButtonPress,
  CardActionError,
  type PivotActionPayload,
  parseButtonPress,
  parseCardAction,
  parsePivotAction,
  pivotCommandText,
} from './actions.ts';
export { findingsCsv } from './csv.ts';
export { defenderLink, logAnalyticsLink } from './deep-links.ts';
export { escapeSlack } from './format/text.ts';
export { SLACK, TEAMS_CARD_BUDGET, TEAMS_MAX_REFRESH_USERS } from './limits.ts';
export type { ApprovalCardModel } from './model/approval-model.ts';
export type { BlocksCardModel } from './model/blocks-model.ts';
export type { CardModel } from './model/card-model.ts';
export type { DigestCardModel } from './model/digest-model.ts';
export { type HuntopsErrorCode, INTERNAL_ERROR_CODE, type TeamsConnectorErrorCode } from './model/error-codes.ts';
export type { ErrorCardModel } from './model/error-model.ts';
export { ERROR_EXPLANATIONS, explainError } from './model/error-model.ts';
export type { HelpCardModel } from './model/help-model.ts';
export type { HuntCardInput, HuntCardModel } from './model/hunt-model.ts';
export { buildHuntCardModel } from './model/hunt-model.ts';
export {
  buildPivotCardModel,
  type PivotBlock,
  type PivotCardInput,
  type PivotCardModel,
  type PivotQueryRun,
} from './model/pivot-model.ts';
export { proposalStatus } from './model/proposal-status.ts';
export type { SweepCardModel, SweepTenantLine } from './model/sweep-model.ts';
export { sweepProgress } from './model/sweep-model.ts';
export type { TenantsCardModel } from './model/tenants-model.ts';
export type {
  DeepLink,
  IocScoreSlice,
  ProposalState,
  ProposalView,
  TemplateMeta,
  TenantRef,
} from './model/types.ts';
export { CARD_FORMATS, type CardFormat, render } from './render.ts';
export type { SlackBlock, SlackMessage } from './slack/kit.ts';
export { toBlockKit } from './slack/to-block-kit.ts';
export type { HuntCardOptions } from './teams/hunt-card.ts';
export type { CardRefresh } from './teams/refresh.ts';
export type { AdaptiveCardJson } from './teams/template.ts';
export { toAdaptiveCard, toTeamsAttachment } from './teams/to-adaptive-card.ts';
export { toPlainText } from './text/to-plain-text.ts';
