import type { Finding, HuntReport } from '../hunts/index.ts';
import { diffFindings, type FindingDiff, type FindingSnapshot, snapshotKey } from './diff-findings.ts';
import type { DigestPlan } from './digest-plan.ts';
import type { DigestRuns } from './digest-runs.ts';

/** The slices of the hunt runner and the blocking service a digest reads. */
export interface DigestDeps {
  readonly runHunt: (request: {
    template: string;
    tenant: string;
    window: string;
    params: readonly string[];
  }) => Promise<{ report: HuntReport }>;
  readonly blockEvents: (tenants: readonly string[], since: string) => Promise<readonly BlockEvent[]>;
  readonly runs: DigestRuns;
  readonly clock: () => number;
}

export interface BlockEvent {
  readonly tenant: string;
  readonly indicator: string;
  readonly state: 'blocked' | 'denied' | 'failed' | 'lapsed' | 'unblocked';
  readonly by: string;
  readonly at: string;
}

export interface DigestHuntResult {
  readonly tenant: string;
  readonly hunt: string;
  readonly findings: readonly Finding[];
  readonly diff: FindingDiff;
  readonly error?: string;
}

export interface DigestOutcome {
  readonly plan: DigestPlan;
  readonly scheduledFor: string;
  /** Set when the run catches up a slot the bot missed. */
  readonly late: boolean;
  /** Start of what this digest covers: the previous run's end, or a day back for the first run. */
  readonly since: string;
  readonly results: readonly DigestHuntResult[];
  readonly blockEvents: readonly BlockEvent[];
  /** New or gone findings, a failed hunt, or block events: what "only changes" digests post for. */
  readonly changed: boolean;
  readonly snapshot: FindingSnapshot;
}

/** The key a finding is tracked by between runs: its IP, else account, else host. */
export function findingKey(finding: Finding): string {
  return finding.ip ?? finding.account ?? finding.host ?? JSON.stringify(finding.fields);
}

/** Runs every hunt of the digest on every tenant and compares with the previous run of the same digest. */
export async function runDigest(
  plan: DigestPlan,
  deps: DigestDeps,
  slot: { scheduledFor: string; late: boolean },
): Promise<DigestOutcome> {
  const previous = await deps.runs.previous(plan.id, slot.scheduledFor);
  const jobs = plan.tenants.flatMap((tenant) => plan.hunts.map((hunt) => ({ tenant, hunt })));
  const results = await Promise.all(
    jobs.map(async ({ tenant, hunt }): Promise<DigestHuntResult> => {
      const before = previous?.findings[snapshotKey(tenant, hunt)];
      try {
        const { report } = await deps.runHunt({ template: hunt, tenant, window: plan.window, params: [] });
        return { tenant, hunt, findings: report.findings, diff: diffFindings(before, report.findings.map(findingKey)) };
      } catch (error) {
        // A failed hunt keeps the previous findings as the baseline, so nothing looks "gone" because of an outage.
        return {
          tenant,
          hunt,
          findings: [],
          diff: { new: [], stillActive: [], gone: [] },
          error: (error as Error).message,
        };
      }
    }),
  );
  const since = previous?.finishedAt ?? new Date(deps.clock() - 86_400_000).toISOString();
  const blockEvents = await deps.blockEvents(plan.tenants, since);
  const snapshot: Record<string, readonly string[]> = { ...(previous?.findings ?? {}) };
  for (const result of results)
    if (!result.error) snapshot[snapshotKey(result.tenant, result.hunt)] = result.findings.map(findingKey);
  // A failed hunt is news as well: titling its digest "all clear", or not posting an "only changes" digest at all,
  // would hide the outage from the people reading it.
  const changed =
    blockEvents.length > 0 ||
    results.some((result) => result.error !== undefined || result.diff.new.length > 0 || result.diff.gone.length > 0);
  return {
    plan,
    scheduledFor: slot.scheduledFor,
    late: slot.late,
    since,
    results,
    blockEvents,
    changed,
    snapshot,
  };
}
