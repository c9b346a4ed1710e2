import type { RequestHandler } from 'express';
import type { Bot, Responder } from '../chat/index.ts';

/** How long no webhook may be waiting before deferred work goes on: long enough to span the gaps inside a burst. */
const QUIET_MS = 25;
/**
 * Deferred work waits at most this long, so neither a steady stream of commands nor a client that holds a
 * request open (unsigned requests are counted too: they are refused only once read) can starve the hunts.
 */
const MAX_WAIT_MS = 2_000;

/**
 * Slack and Teams give every webhook request a deadline (Slack: 3 s to acknowledge a slash command).
 * What a command does after its acknowledgement (hunt, scoring, cards, store writes) runs on the same
 * event loop, so under a burst it pushes back the acknowledgements of the commands still arriving.
 * This gauge counts the webhook requests not yet answered; work started by a command waits (bounded)
 * until none are, so every request is answered before the work it caused.
 */
export interface WebhookPriority {
  /** Express middleware for the webhook routes: counts a request until its response is sent or dropped. */
  readonly track: RequestHandler;
  /** The bot with each command's work held back behind the acknowledgements still owed. */
  deferWork(bot: Bot): Bot;
}

export function webhookPriority(): WebhookPriority {
  let waiting = 0;
  let quietTimer: NodeJS.Timeout | undefined;
  const released = new Set<() => void>();
  const releaseAll = () => {
    quietTimer = undefined;
    for (const release of [...released]) release();
  };
  const answered = () => {
    waiting--;
    if (waiting === 0 && released.size > 0) quietTimer = setTimeout(releaseAll, QUIET_MS);
  };
  /** Resolves once no webhook request has waited for QUIET_MS, or after MAX_WAIT_MS at the latest. */
  const whenAnswered = () =>
    new Promise<void>((resolve) => {
      const release = () => {
        clearTimeout(cap);
        released.delete(release);
        resolve();
      };
      const cap = setTimeout(release, MAX_WAIT_MS);
      released.add(release);
      if (waiting === 0) quietTimer ??= setTimeout(releaseAll, QUIET_MS);
    });
  return {
    track(_request, response, next) {
      waiting++;
      clearTimeout(quietTimer);
      quietTimer = undefined;
      let counted = true;
      const done = () => {
        if (counted) answered();
        counted = false;
      };
      response.once('finish', done);
      response.once('close', done);
      next();
    },
    deferWork: (bot) => ({
      handleCommand: (inbound, responder) =>
        bot.handleCommand(inbound, deferredAfterAcknowledge(responder, whenAnswered)),
      handleAction: (action, responder) => bot.handleAction(action, responder),
    }),
  };
}

/** The responder whose acknowledgement returns only when the other webhooks are answered (the core works after it). */
function deferredAfterAcknowledge(responder: Responder, whenAnswered: () => Promise<void>): Responder {
  return {
    ...responder,
    async acknowledge(text) {
      await responder.acknowledge(text);
      await whenAnswered();
    },
  };
}
