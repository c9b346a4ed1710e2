import { randomUUID } from 'node:crypto';
import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from 'pino';
import type { DigestPlan } from './digest-plan.ts';
import { selectDigest } from './digest-selection.ts';
import { type DigestDeps, type DigestOutcome, runDigest } from './run-digest.ts';

export interface SchedulerOptions {
  readonly plans: readonly DigestPlan[];
  readonly deps: DigestDeps;
  /** Posts one digest where its plan says; returns when the post is done. */
  readonly deliver: (outcome: DigestOutcome) => Promise<void>;
  readonly logger: Logger;
  /** How far back to look for a slot missed while the bot was down (default 7 days). */
  readonly catchUpHorizonMs?: number;
}

export interface DigestScheduler {
  /** Next run time per digest id. */
  nextRuns(): Record<string, Date | null>;
  /** Runs the digests whose last slot was missed while the bot was down (plans with catchUp). */
  catchUp(): Promise<number>;
  stop(): Promise<void>;
}

const MINUTE = 60_000;

/** A slot is the cron instant to the second (node-cron allows a seconds field); the same id on every replica. */
export function slotOf(date: Date): string {
  return new Date(Math.floor(date.getTime() / 1000) * 1000).toISOString();
}

/**
 * One node-cron task per digest, in its timezone, never overlapping itself. Each firing claims its slot in
 * the store first, so with several replicas exactly one posts it.
 */
export function startDigestScheduler(options: SchedulerOptions): DigestScheduler {
  const claimant = randomUUID();
  const fire = async (plan: DigestPlan, scheduledFor: string, late: boolean) => {
    const now = () => new Date(options.deps.clock()).toISOString();
    if (!(await options.deps.runs.claim(plan.id, scheduledFor, claimant, now()))) return false;
    try {
      const outcome = await runDigest(plan, options.deps, { scheduledFor, late });
      if (selectDigest(outcome).post) await options.deliver(outcome);
      await options.deps.runs.finish(plan.id, scheduledFor, now(), { state: 'done', findings: outcome.snapshot });
      return true;
    } catch (error) {
      options.logger.error({ err: error, digest: plan.id, scheduledFor }, 'digest failed');
      const failure = error instanceof Error ? error.message : String(error);
      await options.deps.runs.finish(plan.id, scheduledFor, now(), { state: 'failed', failure });
      return false;
    }
  };
  const tasks = new Map<string, ScheduledTask>(
    options.plans.map((plan) => [
      plan.id,
      cron.schedule(plan.cron, (context) => fire(plan, slotOf(context.date), false), {
        timezone: plan.timezone,
        name: `digest:${plan.id}`,
        noOverlap: true,
      }),
    ]),
  );
  return {
    nextRuns: () => Object.fromEntries([...tasks].map(([id, task]) => [id, task.getNextRun()])),
    async catchUp() {
      let caughtUp = 0;
      for (const plan of options.plans.filter((candidate) => candidate.catchUp)) {
        const task = tasks.get(plan.id)!;
        const missed = lastSlotBefore(task, options.deps.clock(), options.catchUpHorizonMs ?? 7 * 86_400_000);
        const latest = await options.deps.runs.latest(plan.id);
        // Only a digest that has run before can have been missed; a new install does not post a backlog.
        if (missed && latest && latest.scheduledFor < missed && (await fire(plan, missed, true))) caughtUp += 1;
      }
      return caughtUp;
    },
    async stop() {
      for (const task of tasks.values()) await task.destroy();
    },
  };
}

/** The most recent minute at or before `now` that the task's cron expression matches, within the horizon. */
function lastSlotBefore(task: ScheduledTask, now: number, horizonMs: number): string | undefined {
  const start = Math.floor(now / MINUTE) * MINUTE;
  for (let at = start; at > now - horizonMs; at -= MINUTE) {
    if (task.match(new Date(at))) return new Date(at).toISOString();
  }
  return undefined;
}
