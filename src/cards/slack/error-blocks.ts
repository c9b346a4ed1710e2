import { clip } from '../format/text.ts';
import { type ErrorCardModel, errorFooter, explainError } from '../model/error-model.ts';
import { context, header, mrkdwnSafe, type SlackBlock, type SlackMessage, section } from './kit.ts';

export function errorBlockKit(model: ErrorCardModel): SlackMessage {
  const explanation = explainError(model.code);
  const blocks: SlackBlock[] = [header(`:x: ${explanation.title}`), section(explanation.next)];
  if (model.message) blocks.push(section(`\`\`\`${mrkdwnSafe(model.message, 2900)}\`\`\``));
  blocks.push(context([mrkdwnSafe(errorFooter(model), 1000)]));
  return { blocks, text: clip(`${explanation.title}. ${explanation.next}`, 300) };
}
