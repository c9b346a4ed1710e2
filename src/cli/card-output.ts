import type { CardModel } from '../cards/index.ts';
import type { Responder } from '../chat/index.ts';

/** What `huntops hunt` and `huntops pivot` can print: the card as text, Adaptive Card or Block Kit, or JSON. */
export const CARD_OUTPUT_FORMATS = ['text', 'json', 'card', 'blocks'] as const;
export type CardOutputFormat = (typeof CARD_OUTPUT_FORMATS)[number];

export function checkFormat(format: string): CardOutputFormat {
  if (!(CARD_OUTPUT_FORMATS as readonly string[]).includes(format))
    throw new Error(`--format: expected one of ${CARD_OUTPUT_FORMATS.join(', ')}, got "${format}"`);
  return format as CardOutputFormat;
}

/** Keeps the last card the chat path posted or updated; progress lines go to stderr like the log. */
export function cardResponder(output: { card?: CardModel }): Responder {
  return {
    acknowledge: async (text) => void process.stderr.write(`${text}\n`),
    post: async (card) => {
      output.card = card;
      return { cli: 'stdout' };
    },
    update: async (_ref, card) => {
      output.card = card;
    },
    whisper: async (text) => void process.stderr.write(`${text}\n`),
  };
}
