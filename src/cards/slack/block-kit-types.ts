/**
 * The Block Kit shapes huntops sends, declared here so the cards need no Slack SDK (the SDKs live in chat/slack).
 * A subset of Slack's own definitions (`@slack/types` `KnownBlock`), field for field:
 * https://docs.slack.dev/reference/block-kit/blocks
 */

export interface PlainText {
  type: 'plain_text';
  text: string;
  emoji?: boolean;
}

export interface Mrkdwn {
  type: 'mrkdwn';
  text: string;
}

/** An interactive button (`action_id` + `value`) or a link button (`url`). */
export interface Button {
  type: 'button';
  text: PlainText;
  action_id: string;
  value?: string;
  url?: string;
  style?: 'primary' | 'danger';
}

export interface HeaderBlock {
  type: 'header';
  text: PlainText;
}

export interface SectionBlock {
  type: 'section';
  text?: Mrkdwn | PlainText;
  fields?: (Mrkdwn | PlainText)[];
}

export interface ContextBlock {
  type: 'context';
  elements: (Mrkdwn | PlainText)[];
}

export interface DividerBlock {
  type: 'divider';
}

export interface ActionsBlock {
  type: 'actions';
  elements: Button[];
}

export type SlackBlock = HeaderBlock | SectionBlock | ContextBlock | DividerBlock | ActionsBlock;
