import { bandColor, proposalStateColor, scoreLabel, severityColor } from '../format/bands.ts';
import { iocLabel } from '../format/ioc-label.ts';
import { clip, plural } from '../format/text.ts';
import { formatTime } from '../format/time.ts';
import { MAX_PROPOSAL_BUTTONS, TEAMS_MAX_FINDINGS } from '../limits.ts';
import type { FindingRow } from '../model/finding-row.ts';
import type { HuntCardModel } from '../model/hunt-model.ts';
import { accountsSummary, huntLines, originOf } from '../model/hunt-summary.ts';
import { pivotButtons, pivotLabel } from '../model/pivot-buttons.ts';
import { proposalStatus } from '../model/proposal-status.ts';
import { rowEntity } from '../model/row-entity.ts';
import type { ProposalView } from '../model/types.ts';
import { executeButtons } from './buttons.ts';
import { fitCard } from './fit.ts';
import { type CardRefresh, withRefresh } from './refresh.ts';
import { type AdaptiveCardJson, expandTemplate } from './template.ts';

/** How a hunt card is rendered beyond its model: for Teams' user-specific views. */
export interface HuntCardOptions {
  /** Leaves out every proposal's buttons (the channel's copy, when only approvers get a view with them). */
  readonly hideDecisions?: boolean;
  readonly refresh?: CardRefresh;
}

/** The row's type apart from its value, so a long URL wraps under a type that stays readable. */
function entityData(row: FindingRow) {
  const { type, value } = rowEntity(row);
  return { hasEntityType: type !== '', entityType: type, entity: value };
}

function rowData(row: FindingRow, tenant: string) {
  const pivots = pivotButtons(row.named ?? {}, tenant);
  return {
    hasPivots: pivots.length > 0,
    pivots: pivots.map((pivot) => ({ ...pivot, title: clip(pivotLabel(pivot), 80) })),
    ...entityData(row),
    origin: originOf(row),
    score: scoreLabel(row.score, row.band),
    scoreColor: bandColor(row.band),
    reason: clip(row.topReason ?? '–', 140),
    accountCount: row.accountCount > 0 ? plural(row.accountCount, 'account') : '',
    accounts: accountsSummary(row),
    attempts: row.attempts === undefined ? '–' : row.attempts.toLocaleString('en-US'),
    firstSeen: formatTime(row.firstSeen),
    lastSeen: formatTime(row.lastSeen),
  };
}

function proposalData(proposal: ProposalView, tenant: string, options: HuntCardOptions) {
  const status = proposalStatus(proposal);
  const verbs = options.hideDecisions ? [] : status.verbs;
  return {
    indicator: iocLabel(proposal.indicator),
    status: clip([status.headline, status.detail].filter(Boolean).join(' · '), 300),
    statusColor: proposalStateColor(proposal.state),
    hasButtons: verbs.length > 0,
    buttons: executeButtons(verbs, proposal.id, tenant),
  };
}

/** A card shows a few warnings; a backend that returns hundreds must not push the findings off the card. */
const MAX_WARNINGS = 5;

function warningLines(warnings: readonly string[]) {
  const lines = warnings.slice(0, MAX_WARNINGS).map((text) => ({ text: clip(text, 300) }));
  const hidden = warnings.length - lines.length;
  return hidden > 0 ? [...lines, { text: `…and ${plural(hidden, 'more warning')}` }] : lines;
}

function huntData(model: HuntCardModel, shown: number, options: HuntCardOptions) {
  const hidden = model.findings.length - shown;
  const proposals = model.proposals.slice(0, MAX_PROPOSAL_BUTTONS);
  return {
    ...huntLines(model),
    severityColor: severityColor(model.template.severity),
    hasWarnings: model.warnings.length > 0,
    warnings: warningLines(model.warnings),
    isEmpty: model.findings.length === 0,
    hasFindings: shown > 0,
    rows: model.findings.slice(0, shown).map((row) => rowData(row, model.tenant.key)),
    hasMore: hidden > 0,
    moreLine: `…and ${plural(hidden, 'more finding')}, less risky than those shown.`,
    hasProposals: proposals.length > 0,
    proposals: proposals.map((proposal) => proposalData(proposal, model.tenant.key, options)),
    hasMoreProposals: model.proposals.length > proposals.length,
    moreProposalsLine: `…and ${plural(model.proposals.length - proposals.length, 'more proposal')}: run \`blocks\` to decide them.`,
    hasLink: model.deepLink !== undefined,
    linkLabel: model.deepLink?.label ?? '',
    linkUrl: model.deepLink?.url ?? '',
  };
}

export function huntAdaptiveCard(model: HuntCardModel, options: HuntCardOptions = {}): AdaptiveCardJson {
  const preferred = Math.min(model.findings.length, TEAMS_MAX_FINDINGS);
  // The refresh list (up to 60 MRIs) counts against the budget like the rest of the card.
  const build = (shown: number) =>
    withRefresh(expandTemplate('hunt', huntData(model, shown, options)), options.refresh);
  return fitCard(build, preferred);
}
