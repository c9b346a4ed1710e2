import { type CardActionPayload, type PivotActionPayload, pivotActionId, slackActionId } from '../actions.ts';
import { clip, escapeSlack } from '../format/text.ts';
import { SLACK } from '../limits.ts';
import type { Tone } from '../model/list-view.ts';
import { pivotLabel } from '../model/pivot-buttons.ts';
import { verbTitle } from '../model/proposal-status.ts';
import type { Button, SlackBlock } from './block-kit-types.ts';

export type { SlackBlock } from './block-kit-types.ts';

/** Escapes data for mrkdwn and clips it so the escaped text stays within `max` (entities never cut in half). */
export function mrkdwnSafe(raw: string, max: number): string {
  let budget = max;
  let escaped = escapeSlack(clip(raw, budget));
  while (escaped.length > max) {
    budget -= escaped.length - max;
    escaped = escapeSlack(clip(raw, budget));
  }
  return escaped;
}

export function header(text: string): SlackBlock {
  return { type: 'header', text: { type: 'plain_text', text: clip(text, SLACK.headerText), emoji: true } };
}

/** `text` is mrkdwn the caller already escaped; clipping here is the last guard on the 3,000-char limit. */
export function section(text: string, fields?: readonly string[]): SlackBlock {
  return {
    type: 'section',
    text: { type: 'mrkdwn', text: clip(text, SLACK.sectionText) },
    ...(fields?.length
      ? {
          fields: fields
            .slice(0, SLACK.sectionFields)
            .map((field) => ({ type: 'mrkdwn' as const, text: clip(field, SLACK.fieldText) })),
        }
      : {}),
  };
}

export function context(texts: readonly string[]): SlackBlock {
  return {
    type: 'context',
    elements: texts
      .slice(0, SLACK.contextElements)
      .map((text) => ({ type: 'mrkdwn' as const, text: clip(text, SLACK.fieldText) })),
  };
}

export const divider: SlackBlock = { type: 'divider' };

function button(payload: CardActionPayload, label: string): Button {
  const style = payload.verb === 'approve' ? 'primary' : payload.verb === 'retry' ? undefined : 'danger';
  return {
    type: 'button',
    text: { type: 'plain_text', text: clip(label, SLACK.buttonText), emoji: true },
    action_id: clip(slackActionId(payload), SLACK.actionId),
    value: JSON.stringify(payload),
    ...(style ? { style } : {}),
  };
}

/** Action buttons, 25 to an actions block as Slack requires; labels may name the indicator (`Approve 203.0.113.9`). */
export function actionBlocks(buttons: readonly { payload: CardActionPayload; subject?: string }[]): SlackBlock[] {
  const elements = buttons.map(({ payload, subject }) =>
    button(payload, subject ? `${verbTitle(payload.verb)} ${subject}` : verbTitle(payload.verb)),
  );
  return chunk(elements);
}

/**
 * Pivot buttons, 25 to an actions block. `firstIndex` numbers them across the message so that every action_id
 * stays unique even when two rows name the same entity.
 */
export function pivotActionBlocks(pivots: readonly PivotActionPayload[], firstIndex = 0): SlackBlock[] {
  const elements: Button[] = pivots.map((payload, index) => ({
    type: 'button',
    text: { type: 'plain_text', text: clip(pivotLabel(payload), SLACK.buttonText), emoji: true },
    action_id: pivotActionId(payload, firstIndex + index),
    value: JSON.stringify(payload),
  }));
  return chunk(elements);
}

function chunk(elements: readonly Button[]): SlackBlock[] {
  const blocks: SlackBlock[] = [];
  for (let start = 0; start < elements.length; start += SLACK.actionsElements) {
    blocks.push({ type: 'actions', elements: elements.slice(start, start + SLACK.actionsElements) });
  }
  return blocks;
}

/** A link button, or nothing when the URL is longer than Slack accepts (a very long query). */
export function linkBlock(label: string, url: string): SlackBlock | undefined {
  return linksBlock([{ label, url }]);
}

/** Link buttons in one actions block (each with its own action_id), leaving out URLs longer than Slack accepts. */
export function linksBlock(links: readonly { label: string; url: string }[]): SlackBlock | undefined {
  const elements: Button[] = links
    .filter((link) => link.url.length <= SLACK.buttonUrl)
    .slice(0, SLACK.actionsElements)
    .map((link, index) => ({
      type: 'button',
      text: { type: 'plain_text', text: clip(link.label, SLACK.buttonText) },
      url: link.url,
      action_id: index === 0 ? 'open_link' : `open_link:${index}`,
    }));
  return elements.length > 0 ? { type: 'actions', elements } : undefined;
}

export function toneMark(tone: Tone | undefined): string {
  const marks: Record<Tone, string> = {
    Attention: ':red_circle: ',
    Warning: ':large_orange_circle: ',
    Good: ':large_green_circle: ',
    Accent: ':large_blue_circle: ',
    Default: '',
  };
  return marks[tone ?? 'Default'];
}

/** What every Slack renderer returns: blocks, the notification text, and for long lists the full list as CSV. */
export interface SlackMessage {
  readonly blocks: SlackBlock[];
  readonly text: string;
  readonly overflowCsv?: string;
}
