import type { Logger } from 'pino';
import type { BlockingService } from '../blocking/index.ts';

const INTERVAL_MS = 60_000;

/**
 * The blocking outbox and expiry sweep: once at start (an approval committed before a crash completes now)
 * and every minute after; then `refreshDemo` (rewrites the demo tenants' logs when they are old).
 * Failures are logged and retried on the next tick.
 */
export function startMaintenance(
  blocking: BlockingService,
  logger: Logger,
  refreshDemo: () => Promise<boolean> = async () => false,
): { stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = running.then(async () => {
      try {
        const resumed = await blocking.resumePending();
        if (resumed > 0) logger.info({ resumed }, `blocking: resumed ${resumed} approved block(s)`);
        const changed = await blocking.sweepExpired();
        for (const proposal of changed)
          logger.info(
            { proposalId: proposal.id, tenant: proposal.tenant },
            `blocking: ${proposal.indicator} ${proposal.state}`,
          );
      } catch (error) {
        logger.warn({ err: error }, 'blocking maintenance failed; retrying next minute');
      }
      try {
        if (await refreshDemo()) logger.info('demo tenants: logs rewritten to end now');
      } catch (error) {
        logger.warn({ err: error }, 'rewriting the demo logs failed; retrying next minute');
      }
    });
  };
  tick();
  const timer = setInterval(tick, INTERVAL_MS);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
