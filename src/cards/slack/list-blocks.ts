import { plural } from '../format/text.ts';
import { SLACK } from '../limits.ts';
import type { ListItem, ListView } from '../model/list-view.ts';
import {
  actionBlocks,
  context,
  header,
  mrkdwnSafe,
  type SlackBlock,
  type SlackMessage,
  section,
  toneMark,
} from './kit.ts';

function itemBlocks(item: ListItem): SlackBlock[] {
  const text = item.text ? `\n${mrkdwnSafe(item.text, 1500)}` : '';
  const blocks = [section(`${toneMark(item.tone)}*${mrkdwnSafe(item.heading, 1000)}*${text}`)];
  if (item.actions?.length) blocks.push(...actionBlocks(item.actions.map((payload) => ({ payload }))));
  return blocks;
}

export function listBlockKit(view: ListView): SlackMessage {
  const head: SlackBlock[] = [header(view.title)];
  if (view.summary) head.push(section(`${toneMark(view.summary.tone)}*${mrkdwnSafe(view.summary.text, 2000)}*`));
  const tail: SlackBlock[] = view.footer ? [context([mrkdwnSafe(view.footer, 1000)])] : [];
  // Items fill what the 50-block limit leaves, keeping one block for "…and N more".
  let budget = SLACK.blocksPerMessage - head.length - tail.length - 1;
  const body: SlackBlock[] = [];
  let shown = 0;
  for (const item of view.items) {
    const blocks = itemBlocks(item);
    if (blocks.length > budget) break;
    body.push(...blocks);
    budget -= blocks.length;
    shown += 1;
  }
  if (view.items.length === 0) body.push(section(mrkdwnSafe(view.emptyText, 1000)));
  if (shown < view.items.length)
    body.push(context([`…and ${plural(view.items.length - shown, `more ${view.itemNoun}`)}.`]));
  const summary = view.summary ? ` · ${view.summary.text}` : '';
  // The fallback text drives notifications: a summary echoing a typed search must not carry a live <!channel>.
  return { blocks: [...head, ...body, ...tail], text: mrkdwnSafe(`${view.title}${summary}`, 300) };
}
