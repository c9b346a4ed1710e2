import type { BlockingService } from '../blocking/index.ts';
import { type BlockEvent, type DigestDeps, DigestRuns } from '../digest/index.ts';
import type { HuntRunner } from '../hunts/index.ts';
import type { Store } from '../store/index.ts';

const EVENT_STATES = ['blocked', 'denied', 'failed', 'lapsed', 'unblocked'] as const;

/** What digests read: hunts through the runner, block events from the blocking store, runs from digest_runs. */
export function digestDeps(
  runner: HuntRunner,
  blocking: BlockingService,
  store: Store,
  clock: () => number,
): DigestDeps {
  return {
    runHunt: (request) => runner.run(request),
    async blockEvents(tenants, since) {
      const proposals = await blocking.proposals({ states: EVENT_STATES });
      return proposals
        .filter((proposal) => tenants.includes(proposal.tenant) && proposal.updatedAt > since)
        .map(
          (proposal): BlockEvent => ({
            tenant: proposal.tenant,
            indicator: proposal.indicator,
            state: proposal.state as BlockEvent['state'],
            by:
              proposal.state === 'blocked' || proposal.state === 'denied'
                ? (proposal.decidedBy ?? proposal.updatedBy)
                : proposal.updatedBy,
            at: proposal.updatedAt,
          }),
        );
    },
    runs: new DigestRuns(store.db),
    clock,
  };
}
