import { expect } from 'vitest';
import type { BotFrameworkStandin } from '../standins/bot-framework.ts';

/** A 1:1 chat whose answers mark that everything sent before them has been handled. */
export const SENTINEL_CHAT = 'a:sentinel-chat';

/**
 * Sends `list` from the sentinel chat (with a valid token) and waits for its answer at the connector: whatever a
 * refused request had set off would have reached the connector by then, so "nothing sent" is checked against a
 * real event rather than a pause. `send` posts one activity to /api/messages.
 */
export async function answeredAfter(
  bf: BotFrameworkStandin,
  send: (activity: object) => Promise<Response>,
  activity: Record<string, unknown>,
): Promise<void> {
  const since = bf.calls.length;
  const list = {
    ...activity,
    type: 'message',
    text: 'list',
    conversation: { id: SENTINEL_CHAT, conversationType: 'personal' },
  };
  expect((await send(list)).status).toBe(200);
  await expect
    .poll(() =>
      bf.calls
        .slice(since)
        .some((call) => call.path.includes(SENTINEL_CHAT) && call.method === 'POST' && call.body.type !== 'typing'),
    )
    .toBe(true);
}

/** The connector calls since `before` that were not the sentinel's. */
export const callsBesidesSentinel = (bf: BotFrameworkStandin, before: number) =>
  bf.calls.slice(before).filter((call) => !call.path.includes(SENTINEL_CHAT));
