import { randomUUID } from 'node:crypto';
import { type CardModel, toAdaptiveCard, toPlainText } from '../../cards/index.ts';
import type { MessageRef, Responder } from '../core/inbound.ts';

/** What the console page applies, in order: new cards, replaced cards, private notes. */
export type ConsoleOp =
  | { readonly op: 'ack' | 'whisper'; readonly text: string }
  | { readonly op: 'post' | 'update'; readonly id: string; readonly card: unknown; readonly text: string };

/** A responder that records what the bot said during one console request; the page renders the ops it gets back. */
export function consoleResponder(): { responder: Responder; ops: ConsoleOp[] } {
  const ops: ConsoleOp[] = [];
  const render = (card: CardModel) => ({ card: toAdaptiveCard(card), text: toPlainText(card) });
  return {
    ops,
    responder: {
      async acknowledge(text) {
        ops.push({ op: 'ack', text });
      },
      async post(card): Promise<MessageRef> {
        const id = randomUUID();
        ops.push({ op: 'post', id, ...render(card) });
        return { console: id };
      },
      async update(ref, card) {
        if (ref.console) ops.push({ op: 'update', id: ref.console, ...render(card) });
      },
      async whisper(text) {
        ops.push({ op: 'whisper', text });
      },
    },
  };
}
