import { setTimeout as sleep } from 'node:timers/promises';
import type { Bot, Responder } from '../chat/index.ts';

/** Said to anyone who sends a command or presses a button while huntops shuts down. */
export const SHUTTING_DOWN_MESSAGE =
  'huntops is restarting and is not taking new commands right now; please try again in a minute.';

/** The one place that knows which commands and button presses are still running, so shutdown can wait for them. */
export interface InFlightWork {
  /** The bot every surface talks to: the real one, counted, or a polite refusal once shutdown began. */
  readonly bot: Bot;
  readonly running: number;
  /** From now on new commands and button presses are refused. */
  stopAccepting(): void;
  /** Waits until nothing runs or `graceMs` passed; true when everything finished. */
  drain(graceMs: number): Promise<boolean>;
}

export function trackInFlight(inner: Bot): InFlightWork {
  const running = new Set<Promise<unknown>>();
  let accepting = true;
  const track = async <T>(responder: Responder, work: () => Promise<T>): Promise<T | undefined> => {
    if (!accepting) {
      await responder.whisper(SHUTTING_DOWN_MESSAGE).catch(() => {});
      return undefined;
    }
    const promise = work();
    running.add(promise);
    try {
      return await promise;
    } finally {
      running.delete(promise);
    }
  };
  return {
    bot: {
      handleCommand: async (inbound, responder) => {
        await track(responder, () => inner.handleCommand(inbound, responder));
      },
      handleAction: (action, responder) => track(responder, () => inner.handleAction(action, responder)),
    },
    get running() {
      return running.size;
    },
    stopAccepting() {
      accepting = false;
    },
    async drain(graceMs) {
      const grace = new AbortController();
      const timedOut = sleep(graceMs, false, { signal: grace.signal }).catch(() => false);
      // The bot never rejects; new work cannot join, so one snapshot of what runs is enough.
      const finished = Promise.allSettled([...running]).then(() => true);
      const result = await Promise.race([finished, timedOut]);
      grace.abort();
      return result;
    },
  };
}
