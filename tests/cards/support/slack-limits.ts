import type { SlackMessage } from '../../../src/cards/index.ts';

/** Just the parts of a block the limits talk about. */
interface LooseBlock {
  type: string;
  block_id?: string;
  text?: { text: string };
  fields?: Array<{ text: string }>;
  /** Context elements carry `text` as a string, buttons as `{ text }`. */
  elements?: Array<{ text: string | { text: string }; action_id?: string; value?: string; url?: string }>;
}

const textOf = (text: string | { text: string } | undefined) => (typeof text === 'string' ? text : (text?.text ?? ''));

/**
 * Checks a message against Slack's documented Block Kit limits (docs.slack.dev/reference/block-kit and the
 * @slack/types doc comments) and returns one line per violation. Lengths are UTF-16 units, never fewer than Slack counts.
 */
export function slackLimitProblems(message: SlackMessage): string[] {
  const problems: string[] = [];
  const within = (text: string, min: number, max: number, what: string) => {
    if (text.length < min || text.length > max) problems.push(`${what}: length ${text.length} not in ${min}..${max}`);
  };
  if (message.blocks.length > 50) problems.push(`${message.blocks.length} blocks > 50`);
  within(message.text, 1, 3000, 'fallback text');
  const actionIds = new Set<string>();
  for (const [index, raw] of message.blocks.entries()) {
    const block = raw as unknown as LooseBlock;
    const where = `block ${index} (${block.type})`;
    const elements = block.elements ?? [];
    if (block.block_id) within(block.block_id, 1, 255, `${where} block_id`);
    if (block.type === 'header') within(textOf(block.text), 1, 150, `${where} text`);
    if (block.type === 'section') {
      if (block.text) within(block.text.text, 1, 3000, `${where} text`);
      if ((block.fields?.length ?? 0) > 10) problems.push(`${where}: more than 10 fields`);
      for (const field of block.fields ?? []) within(field.text, 1, 2000, `${where} field`);
    }
    if (block.type === 'context') {
      if (elements.length < 1 || elements.length > 10) problems.push(`${where}: ${elements.length} elements`);
      for (const element of elements) within(textOf(element.text), 1, 3000, `${where} element`);
    }
    if (block.type === 'actions') {
      if (elements.length < 1 || elements.length > 25) problems.push(`${where}: ${elements.length} elements`);
      for (const element of elements) {
        const id = element.action_id ?? '';
        within(textOf(element.text), 1, 75, `${where} button "${textOf(element.text)}"`);
        within(id, 1, 255, `${where} action_id`);
        if (actionIds.has(id)) problems.push(`${where}: duplicate action_id ${id}`);
        actionIds.add(id);
        if (element.value !== undefined) within(element.value, 0, 2000, `${where} value`);
        if (element.url !== undefined) within(element.url, 1, 3000, `${where} url`);
      }
    }
  }
  return problems;
}
