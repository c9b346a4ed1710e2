import { type CardModel, escapeSlack, toBlockKit } from '../../cards/index.ts';
import type { MessageRef, Responder } from '../core/inbound.ts';

/** The slice of bolt's WebClient the responder uses. */
export interface SlackChatClient {
  chat: {
    postMessage(args: {
      channel: string;
      text: string;
      blocks?: unknown[];
      thread_ts?: string;
    }): Promise<{ ts?: string; channel?: string }>;
    update(args: { channel: string; ts: string; text: string; blocks?: unknown[] }): Promise<unknown>;
  };
}

export interface SlackResponderOptions {
  readonly client: SlackChatClient;
  readonly channel: string;
  /** Bolt's `ack` for this request; undefined once acknowledged elsewhere (button presses ack at once). */
  readonly ack?: (response?: { response_type: 'ephemeral'; text: string }) => Promise<void>;
  /** Bolt's `respond` (the response_url): private replies after the ack. */
  readonly respond: (message: {
    response_type: 'ephemeral';
    text: string;
    replace_original?: boolean;
  }) => Promise<unknown>;
}

/** Slack keeps 3,000 characters per text; the thread carries the full CSV in pieces of this size. */
const THREAD_CHUNK = 2_900;

/**
 * Answers through Slack: the first thing said acknowledges the slash command (3-second rule), private
 * words go through response_url, cards are real messages (so they can be updated for everyone).
 */
export function slackResponder(options: SlackResponderOptions): Responder & { ensureAcknowledged(): Promise<void> } {
  let acked = options.ack === undefined;
  const ack = async (text?: string) => {
    if (acked) return false;
    acked = true;
    await options.ack!(text === undefined ? undefined : { response_type: 'ephemeral', text });
    return true;
  };
  return {
    ensureAcknowledged: async () => void (await ack()),
    async acknowledge(text) {
      if (!(await ack(text))) await options.respond({ response_type: 'ephemeral', text });
    },
    async whisper(text) {
      if (!(await ack(text))) await options.respond({ response_type: 'ephemeral', text });
    },
    async post(card: CardModel): Promise<MessageRef> {
      await ack();
      const message = toBlockKit(card);
      const posted = await options.client.chat.postMessage({
        channel: options.channel,
        text: message.text,
        blocks: message.blocks,
      });
      const ref = { channel: posted.channel ?? options.channel, ts: posted.ts ?? '' };
      if (message.overflowCsv && ref.ts) await postCsvInThread(options.client, ref, message.overflowCsv);
      return ref;
    },
    update: (ref, card) => updateSlackMessage(options.client, ref, card),
  };
}

/** Replaces a posted message (chat.update); the bot's token reaches any message it posted, in any channel. */
export async function updateSlackMessage(client: SlackChatClient, ref: MessageRef, card: CardModel): Promise<void> {
  if (!ref.channel || !ref.ts) return;
  const message = toBlockKit(card);
  await client.chat.update({ channel: ref.channel, ts: ref.ts, text: message.text, blocks: message.blocks });
}

/** The full finding list, as CSV code blocks in the card's thread (no file scopes needed). */
async function postCsvInThread(
  client: SlackChatClient,
  ref: { channel: string; ts: string },
  csv: string,
): Promise<void> {
  const lines = csv.split('\n');
  let chunk = '';
  const flush = async () => {
    // Log text in the CSV is data: Slack reads <…> and & even inside a code block (a cell may also close it).
    const text = `\`\`\`${escapeSlack(chunk)}\`\`\``;
    if (chunk) await client.chat.postMessage({ channel: ref.channel, thread_ts: ref.ts, text });
    chunk = '';
  };
  for (const line of lines) {
    if (chunk.length + line.length + 1 > THREAD_CHUNK) await flush();
    chunk += `${line.slice(0, THREAD_CHUNK)}\n`;
  }
  await flush();
}
