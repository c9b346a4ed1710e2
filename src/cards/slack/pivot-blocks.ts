import { clip, plural } from '../format/text.ts';
import { MAX_PIVOT_BUTTONS, SLACK_MAX_PIVOT_EVENTS } from '../limits.ts';
import type { PivotCardModel } from '../model/pivot-model.ts';
import { eventLine, isMultiTenant, pivotLines, queryLine } from '../model/pivot-summary.ts';
import {
  context,
  divider,
  header,
  linksBlock,
  mrkdwnSafe,
  pivotActionBlocks,
  type SlackBlock,
  type SlackMessage,
  section,
  toneMark,
} from './kit.ts';

/** Timeline lines per section: ten lines of at most ~280 characters stay under the 3,000-character section limit. */
const EVENTS_PER_SECTION = 10;

function timelineBlocks(model: PivotCardModel): SlackBlock[] {
  const multiTenant = isMultiTenant(model);
  const shown = model.timeline.slice(0, SLACK_MAX_PIVOT_EVENTS).map((event) => {
    const line = eventLine(event, multiTenant);
    return `${toneMark(line.tone)}\`${line.when}\` *${mrkdwnSafe(line.what, 80)}* · ${mrkdwnSafe(line.detail, 160)}`;
  });
  const blocks: SlackBlock[] = [];
  for (let start = 0; start < shown.length; start += EVENTS_PER_SECTION) {
    const heading = start === 0 ? '*Timeline*\n' : '';
    blocks.push(section(`${heading}${shown.slice(start, start + EVENTS_PER_SECTION).join('\n')}`));
  }
  const hidden = model.timeline.length - shown.length;
  if (hidden > 0) blocks.push(context([`…and ${plural(hidden, 'older line')}.`]));
  return blocks;
}

function relatedBlocks(model: PivotCardModel): SlackBlock[] {
  if (model.related.length === 0) return [];
  const pivots = model.related.slice(0, MAX_PIVOT_BUTTONS).map((related) => related.pivot);
  return [section('*Related entities*'), ...pivotActionBlocks(pivots)];
}

export function pivotBlockKit(model: PivotCardModel): SlackMessage {
  const lines = pivotLines(model);
  const multiTenant = isMultiTenant(model);
  const blocks: SlackBlock[] = [
    header(lines.title),
    section(
      `*${mrkdwnSafe(lines.summaryLine, 500)}*`,
      lines.facts.map((fact) => `*${fact.title}*\n${mrkdwnSafe(fact.value, 1500)}`),
    ),
    divider,
  ];
  if (model.timeline.length === 0) blocks.push(section(`:white_check_mark: ${lines.emptyLine}`));
  blocks.push(...timelineBlocks(model), ...relatedBlocks(model));
  const queries = model.queries.map((query) => `• ${mrkdwnSafe(queryLine(query, multiTenant), 150)}`);
  blocks.push(divider, section(`*Entity queries*\n${queries.join('\n')}`));
  const links = linksBlock(model.queries.flatMap((query) => (query.deepLink ? [query.deepLink] : [])));
  if (links) blocks.push(links);
  blocks.push(context([mrkdwnSafe(lines.footer, 1000)]));
  return { blocks, text: clip(`${lines.title} · ${lines.summaryLine}`, 300) };
}
