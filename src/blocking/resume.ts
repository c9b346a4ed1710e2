import type { BlockingContext } from './blocking-context.ts';
import { executeBlock } from './executor.ts';
import { BOT_REQUESTER } from './proposal.ts';

/**
 * The outbox: completes approved blocks, and those whose worker died mid-call (a `blocking` row older than
 * `leaseMs`). Run at start and periodically. Returns how many it took up.
 */
export async function resumePending(context: BlockingContext, leaseMs: number): Promise<number> {
  const { repository } = context;
  const staleBefore = new Date(context.clock() - leaseMs).toISOString();
  const pending = (await repository.inStates(['approved', 'blocking'])).filter(
    (p) => p.state === 'approved' || p.updatedAt <= staleBefore,
  );
  for (const proposal of pending) {
    // A stale `blocking` row is re-claimed under the version check, so only one replica resumes it.
    const claimed =
      proposal.state === 'blocking'
        ? await repository.amend(proposal, BOT_REQUESTER, context.now(), { attempts: proposal.attempts + 1 })
        : proposal;
    if (claimed) await executeBlock(context.executor, claimed, BOT_REQUESTER, `outbox-${proposal.id}`);
  }
  return pending.length;
}
