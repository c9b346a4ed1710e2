import { pivotCommandText } from '../actions.ts';
import { scoreLabel } from '../format/bands.ts';
import { iocLabel } from '../format/ioc-label.ts';
import type { FindingRow } from '../model/finding-row.ts';
import type { HuntCardModel } from '../model/hunt-model.ts';
import { findingFacts, huntLines, originOf } from '../model/hunt-summary.ts';
import { pivotButtons } from '../model/pivot-buttons.ts';
import { proposalStatus } from '../model/proposal-status.ts';

function findingLines(row: FindingRow, index: number, tenant: string): string[] {
  const facts = findingFacts(row, 5);
  const pivots = pivotButtons(row.named ?? {}, tenant).map((pivot) => `/hunt ${pivotCommandText(pivot)}`);
  return [
    `${String(index + 1).padStart(3)}. ${row.entity}  [${scoreLabel(row.score, row.band)}]  ${originOf(row)}`,
    `     ${row.topReason ?? 'no reputation data'}`,
    ...(facts.length > 0 ? [`     ${facts.join(' · ')}`] : []),
    ...(pivots.length > 0 ? [`     pivot: ${pivots.join(' · ')}`] : []),
  ];
}

/** The CLI and log rendering: every finding, no limits. */
export function huntPlainText(model: HuntCardModel): string {
  const lines = huntLines(model);
  const out = [
    lines.title,
    lines.severityLine,
    `Tenant:  ${lines.tenantLine}`,
    `Window:  ${lines.windowLine}`,
    `Rows:    ${lines.statsLine}`,
  ];
  for (const warning of model.warnings) out.push(`! ${warning}`);
  out.push('');
  if (model.findings.length === 0) out.push(lines.emptyLine);
  out.push(...model.findings.flatMap((row, index) => findingLines(row, index, model.tenant.key)));
  if (model.proposals.length) {
    out.push('', 'Proposed blocks:');
    for (const proposal of model.proposals) {
      const status = proposalStatus(proposal);
      out.push(
        `  ${iocLabel(proposal.indicator)}: ${[status.headline, status.detail].filter(Boolean).join(' · ')} (id ${proposal.id})`,
      );
    }
  }
  if (model.deepLink) out.push('', `${model.deepLink.label}: ${model.deepLink.url}`);
  out.push('', lines.footer);
  return `${out.join('\n')}\n`;
}
