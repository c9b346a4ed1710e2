import { findingsCsv } from '../csv.ts';
import { bandEmoji, scoreLabel } from '../format/bands.ts';
import { iocLabel } from '../format/ioc-label.ts';
import { clip, plural } from '../format/text.ts';
import { MAX_PROPOSAL_BUTTONS, SLACK, SLACK_MAX_FINDINGS } from '../limits.ts';
import type { FindingRow } from '../model/finding-row.ts';
import type { HuntCardModel } from '../model/hunt-model.ts';
import { findingFacts, huntLines, originOf } from '../model/hunt-summary.ts';
import { pivotButtons } from '../model/pivot-buttons.ts';
import { proposalStatus } from '../model/proposal-status.ts';
import {
  actionBlocks,
  context,
  divider,
  header,
  linkBlock,
  mrkdwnSafe,
  pivotActionBlocks,
  type SlackBlock,
  type SlackMessage,
  section,
} from './kit.ts';

function findingBlocks(row: FindingRow, index: number, tenant: string): SlackBlock[] {
  // Three pivots at most per finding (IP, account, host): numbered apart from every other finding's.
  return [findingSection(row), ...pivotActionBlocks(pivotButtons(row.named ?? {}, tenant), index * 3)];
}

function findingSection(row: FindingRow): SlackBlock {
  const reason = row.topReason ? ` · ${mrkdwnSafe(row.topReason, 300)}` : '';
  const facts = findingFacts(row);
  return section(
    `${bandEmoji(row.band)} *${mrkdwnSafe(row.entity, 100)}* · ${mrkdwnSafe(originOf(row), 200)}\n` +
      `*${scoreLabel(row.score, row.band)}*${reason}` +
      (facts.length > 0 ? `\n${mrkdwnSafe(facts.join(' · '), 700)}` : ''),
  );
}

function proposalBlocks(model: HuntCardModel): SlackBlock[] {
  if (model.proposals.length === 0) return [];
  const shown = model.proposals.slice(0, MAX_PROPOSAL_BUTTONS);
  const lines = shown.map((proposal) => {
    const status = proposalStatus(proposal);
    return `• *${mrkdwnSafe(iocLabel(proposal.indicator), 100)}*: ${mrkdwnSafe([status.headline, status.detail].filter(Boolean).join(' · '), 250)}`;
  });
  const hidden = model.proposals.length - shown.length;
  if (hidden > 0)
    lines.push(`…and ${plural(hidden, 'more proposal')}: run \`blocks ${model.tenant.key}\` to see them.`);
  const buttons = shown.flatMap((proposal) =>
    proposalStatus(proposal).verbs.map((verb) => ({
      payload: { verb, proposalId: proposal.id, tenant: model.tenant.key },
      subject: proposal.indicator,
    })),
  );
  return [divider, section(`*Proposed blocks*\n${lines.join('\n')}`), ...actionBlocks(buttons)];
}

/** A context block holds 10 elements; past nine warnings the tenth says how many more there are. */
function warningContext(warnings: readonly string[]): SlackBlock {
  const shown = warnings.slice(0, SLACK.contextElements - 1).map((warning) => `:warning: ${mrkdwnSafe(warning, 1900)}`);
  const hidden = warnings.length - shown.length;
  return context(hidden > 0 ? [...shown, `…and ${plural(hidden, 'more warning')}`] : shown);
}

export function huntBlockKit(model: HuntCardModel): SlackMessage {
  const lines = huntLines(model);
  const shown = model.findings.slice(0, SLACK_MAX_FINDINGS);
  const hidden = model.findings.length - shown.length;
  const blocks: SlackBlock[] = [
    header(lines.title),
    section(`*${mrkdwnSafe(lines.severityLine, 500)}*`, [
      `*Tenant*\n${mrkdwnSafe(lines.tenantLine, 500)}`,
      `*Window*\n${lines.windowLine}`,
      `*Rows*\n${lines.statsLine}`,
    ]),
  ];
  if (model.warnings.length) blocks.push(warningContext(model.warnings));
  blocks.push(divider);
  if (shown.length === 0) blocks.push(section(`:white_check_mark: ${lines.emptyLine}`));
  blocks.push(...shown.flatMap((row, index) => findingBlocks(row, index, model.tenant.key)));
  if (hidden > 0)
    blocks.push(
      context([
        `…and ${plural(hidden, 'more finding')}, less risky than those shown. The full list is attached as CSV.`,
      ]),
    );
  blocks.push(...proposalBlocks(model));
  const link = model.deepLink && linkBlock(model.deepLink.label, model.deepLink.url);
  if (link) blocks.push(link);
  blocks.push(context([mrkdwnSafe(lines.footer, 1000)]));
  return {
    blocks,
    text: clip(`${lines.title} · ${lines.tenantLine}`, 300),
    ...(hidden > 0 ? { overflowCsv: findingsCsv(model.findings) } : {}),
  };
}
