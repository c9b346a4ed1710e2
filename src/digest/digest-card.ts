import type { DigestCardModel } from '../cards/index.ts';
import type { DigestOutcome } from './run-digest.ts';

export interface DigestCardContext {
  readonly displayName: (tenant: string) => string;
  readonly severity: (hunt: string) => string;
  readonly pendingApprovals: number;
  readonly activeBlocks: number;
  readonly runId: string;
  readonly now: string;
}

/** One card for one digest run: per tenant and hunt, what is new, still active and gone; then block events. */
export function digestCard(outcome: DigestOutcome, context: DigestCardContext): DigestCardModel {
  const tenant = (key: string) => ({ key, displayName: context.displayName(key) });
  return {
    kind: 'digest',
    title: `${outcome.plan.name} digest${outcome.changed ? '' : ': all clear, nothing changed'}`,
    period: { start: outcome.since, end: context.now },
    entries: outcome.results.map((result) => ({
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
