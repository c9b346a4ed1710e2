import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import type { Bot, InboundCommand, Responder } from '../../src/chat/index.ts';
import { webhookPriority } from '../../src/server/index.ts';

const COMMAND: InboundCommand = {
  surface: 'slack',
  channelId: 'C1',
  userId: 'U1',
  text: 'spray tenant-a',
  correlationId: 'c-1',
};
const RESPONDER: Responder = {
  acknowledge: async () => {},
  post: async () => ({ surface: 'slack', channelId: 'C1', messageId: '1' }),
  update: async () => {},
  whisper: async () => {},
};

/** A bot whose command acknowledges, then records when its work ran. */
function recordingBot(events: string[]): Bot {
  return {
    async handleCommand(_inbound, responder) {
      await responder.acknowledge('Hunting…');
      events.push('work');
    },
    handleAction: async () => undefined,
  };
}

/**
 * A priority gauge with one webhook request in flight, its answer held back as a slow Teams turn or Slack
 * ack would be; `answer()` releases it and resolves when the client has the response.
 */
async function oneWebhookWaiting() {
  const priority = webhookPriority();
  const held: (() => void)[] = [];
  const app = express();
  app.use('/hook', priority.track);
  app.post('/hook', (_request, response) => void held.push(() => response.send('ok')));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  close = () => new Promise((resolve) => server.close(resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  const response = fetch(url, { method: 'POST' }).then((r) => r.text());
  await expect.poll(() => held.length).toBe(1);
  return {
    priority,
    answer: async () => {
      held[0]();
      await response;
    },
  };
}

let close: (() => Promise<unknown>) | undefined;
afterEach(async () => close?.());

describe('webhook priority', () => {
  it('holds a command’s work until every pending webhook request is answered', async () => {
    const { priority, answer } = await oneWebhookWaiting();
    const events: string[] = [];
    const responder = { ...RESPONDER, acknowledge: async () => void events.push('ack') };
    const handled = priority.deferWork(recordingBot(events)).handleCommand(COMMAND, responder);
    // Once the command is acknowledged, its work would follow at once if it were not held for the webhook:
    // the order of events shows whether it waited for the answer.
    await expect.poll(() => events).toContain('ack');
    await answer();
    events.push('answered');
    await handled;
    expect(events).toEqual(['ack', 'answered', 'work']);
  });

  it('runs the work at once when no webhook is waiting', async () => {
    const events: string[] = [];
    await webhookPriority().deferWork(recordingBot(events)).handleCommand(COMMAND, RESPONDER);
    expect(events).toEqual(['work']);
  });

  it('lets the work go after two seconds even if a webhook is never answered', async () => {
    const { priority, answer } = await oneWebhookWaiting();
    const events: string[] = [];
    const started = Date.now();
    await priority.deferWork(recordingBot(events)).handleCommand(COMMAND, RESPONDER);
    expect(events).toEqual(['work']);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_900);
    await answer();
  });

  it('passes button presses straight through', async () => {
    const { priority, answer } = await oneWebhookWaiting();
    const presses: string[] = [];
    const bot: Bot = {
      handleCommand: async () => {},
      handleAction: async () => {
        presses.push('pressed');
        return undefined;
      },
    };
    await priority.deferWork(bot).handleAction({} as Parameters<Bot['handleAction']>[0], RESPONDER);
    expect(presses).toEqual(['pressed']);
    await answer();
  });
});
