import type { SocketModeReceiver } from '@slack/bolt';
import type { Logger } from 'pino';

type SocketModeClient = SocketModeReceiver['client'];

const RETRY_AFTER_MS = 5_000;
const MAX_RETRY_AFTER_MS = 60_000;

/**
 * Keeps a Socket Mode connection coming back after Slack drops or refreshes it.
 *
 * @slack/socket-mode (3.1.0) reconnects by calling `client.start()` from a timer and never handles its rejection
 * (slackapi/node-slack-sdk#2656, fix proposed in #2657): if `apps.connections.open` fails while Slack recycles the
 * connection, which it does every few hours, the unhandled rejection ends the whole process. Called once the first
 * connection is up (so a bad token or URL still fails start-up), this routes the client's own reconnects through a
 * `start` that logs a failure and tries again with a growing pause, until `isStopping()` says we are shutting down.
 */
export function keepReconnecting(client: SocketModeClient, logger: Logger, isStopping: () => boolean): void {
  const start = client.start.bind(client);
  let failures = 0;
  const reconnect = async (): ReturnType<SocketModeClient['start']> => {
    try {
      const opened = await start();
      failures = 0;
      return opened;
    } catch (error) {
      if (isStopping()) return { ok: false, error: 'shutting down' };
      failures += 1;
      const pauseMs = Math.min(RETRY_AFTER_MS * failures, MAX_RETRY_AFTER_MS);
      logger.error({ err: error, failures, retryInMs: pauseMs }, 'slack: socket mode reconnect failed; trying again');
      // unref: a pending retry must not keep a stopped process alive.
      setTimeout(() => {
        if (!isStopping()) void reconnect();
      }, pauseMs).unref();
      return { ok: false, error: 'reconnect failed' };
    }
  };
  client.start = reconnect;
}
