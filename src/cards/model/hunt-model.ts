import type { HuntReport } from '../../hunts/index.ts';
import { plural } from '../format/text.ts';
import { byRisk, type FindingRow, ipKey, toFindingRow } from './finding-row.ts';
import type { DeepLink, IocScoreSlice, ProposalView, TemplateMeta, TenantRef, TimeWindow } from './types.ts';

/** Everything a hunt card shows, in one renderer-neutral shape. Zero findings renders as the empty-result card. */
export interface HuntCardModel {
  readonly kind: 'hunt';
  readonly tenant: TenantRef;
  readonly template: TemplateMeta;
  readonly backend: string;
  readonly window: TimeWindow;
  /** Result rows the backend returned. */
  readonly rowsReturned: number;
  /** Rows the backend read, when its statistics say so; cards then say "scanned" instead of "returned". */
  readonly rowsScanned?: number;
  readonly truncated: boolean;
  readonly warnings: readonly string[];
  /** All findings, riskiest first; renderers show the top ones and summarise the rest. */
  readonly findings: readonly FindingRow[];
  readonly proposals: readonly ProposalView[];
  readonly deepLink?: DeepLink;
  readonly runId: string;
  readonly durationMs: number;
}

export interface HuntCardInput {
  readonly report: HuntReport;
  readonly tenant: TenantRef;
  readonly template: TemplateMeta;
  readonly scores?: readonly IocScoreSlice[];
  readonly proposals?: readonly ProposalView[];
  readonly deepLink?: DeepLink;
  readonly runId: string;
  readonly durationMs: number;
  /** True when the intel engine could not be reached; the card says scores are missing rather than low. */
  readonly intelUnavailable?: boolean;
}

/** The intel notes (see intel's score-target) that mean OTX did not answer for an indicator. */
const OTX_MISSING = /^OTX (unavailable|lookup still running)/;

function warningsOf(input: HuntCardInput): string[] {
  const derived: string[] = [];
  if (input.report.truncated) derived.push('Partial results: the result was cut at the backend row limit.');
  if (input.intelUnavailable) derived.push('Threat intel unavailable: indicators are shown without reputation scores.');
  // A feed hit is an indicator's top reason, which would hide that OTX failed; say it once for the whole card.
  const otxMissing = (input.scores ?? []).filter((score) => score.reasons.some((r) => OTX_MISSING.test(r))).length;
  if (otxMissing > 0)
    derived.push(`OTX did not answer for ${plural(otxMissing, 'indicator')}: scored from the offline feed only.`);
  return [...derived, ...input.report.warnings];
}

export function buildHuntCardModel(input: HuntCardInput): HuntCardModel {
  const scores = new Map((input.scores ?? []).map((score) => [ipKey(score.indicator), score]));
  return {
    kind: 'hunt',
    tenant: input.tenant,
    template: input.template,
    backend: input.report.backend,
    window: input.report.window,
    rowsReturned: input.report.rowCount,
    rowsScanned: input.report.rowsScanned,
    truncated: input.report.truncated,
    warnings: warningsOf(input),
    findings: input.report.findings.map((finding) => toFindingRow(finding, scores)).sort(byRisk),
    proposals: input.proposals ?? [],
    deepLink: input.deepLink,
    runId: input.runId,
    durationMs: input.durationMs,
  };
}
