import type { BlockingService } from '../blocking/index.ts';
import type { BlockingPort } from '../chat/index.ts';

/**
 * Adapts the blocking service to what the chat core needs. Blocking speaks its own vocabulary (proposal
 * snapshots, decision outcomes, active blocks); the chat core's port declares the same shapes in card terms, so
 * this is where a change on either side shows up as a type error.
 */
export function blockingPort(blocking: BlockingService): BlockingPort {
  return {
    proposeFromFindings: (input) => blocking.proposeFromFindings(input),
    request: (input) => blocking.request(input),
    decide: (input) => blocking.decide(input),
    unblock: (input) => blocking.unblock(input),
    proposalsForRun: (runId) => blocking.proposalsForRun(runId),
    activeBlocks: (tenant, type) => blocking.activeBlocks(tenant, type),
  };
}
