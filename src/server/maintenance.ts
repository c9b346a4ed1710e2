import type { Logger } from 'pino';
import type { BlockingService } from '../blocking/index.ts';

const INTERVAL_MS = 60_000;

/**
 * The blocking outbox and expiry sweep: once at start (an approval committed before a crash completes now)
 * and every minute after. Failures are logged and retried on the next tick.
 */
export function startMaintenance(blocking: BlockingService, logger: Logger): { stop(): Promise<void> } {
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
