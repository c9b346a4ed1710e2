import type { DigestCardModel } from '../cards/index.ts';
import { selectDigest } from './digest-selection.ts';
import type { DigestOutcome } from './run-digest.ts';

export interface DigestCardContext {
  readonly displayName: (tenant: string) => string;
  readonly severity: (hunt: string) => string;
  readonly pendingApprovals: number;
  readonly activeBlocks: number;
  readonly runId: string;
  readonly now: string;
}

/**
 * One card for one digest run, titled from the diff: per tenant and hunt, what is new, still active and gone
 * (only the changed hunts for `onlyChanges`); then block events.
 */
export function digestCard(outcome: DigestOutcome, context: DigestCardContext): DigestCardModel {
  const tenant = (key: string) => ({ key, displayName: context.displayName(key) });
  const selection = selectDigest(outcome);
  return {
    kind: 'digest',
    title: `${outcome.plan.name} digest: ${selection.headline}`,
    period: { start: outcome.since, end: context.now },
    entries: selection.entries.map((result) => ({
      tenant: tenant(result.tenant),
      template: result.hunt,
      severity: context.severity(result.hunt),
      findings: result.findings.length,
      newFindings: result.diff.new.length,
      stillActive: result.diff.stillActive.length,
      gone: result.diff.gone.length,
      error: result.error,
    })),
    blockEvents: outcome.blockEvents.map((event) => ({ ...event, tenant: tenant(event.tenant) })),
    pendingApprovals: context.pendingApprovals,
    activeBlocks: context.activeBlocks,
    runId: context.runId,
    lateFor: outcome.late ? outcome.scheduledFor : undefined,
  };
}
