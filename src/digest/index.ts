// Public surface of digests and multi-tenant sweeps.

export { diffFindings, type FindingDiff, type FindingSnapshot } from './diff-findings.ts';
export { type DigestCardContext, digestCard } from './digest-card.ts';
export { type DigestPlan, digestPlans } from './digest-plan.ts';
export { DigestRuns } from './digest-runs.ts';
export { type DigestSelection, selectDigest } from './digest-selection.ts';
export {
  type BlockEvent,
  type DigestDeps,
  type DigestHuntResult,
  type DigestOutcome,
  findingKey,
  runDigest,
} from './run-digest.ts';
export { runSweep, type SweepLine, type SweepLineState, type SweepOptions } from './run-sweep.ts';
export { type DigestScheduler, type SchedulerOptions, slotOf, startDigestScheduler } from './scheduler.ts';
