import type { Kysely } from 'kysely';
import type { Database } from '../store/index.ts';
import type { FindingSnapshot } from './diff-findings.ts';

/** How a run ended: its findings (the next run's baseline), or why it failed. */
export type RunResult =
  | { readonly state: 'done'; readonly findings: FindingSnapshot }
  | { readonly state: 'failed'; readonly failure: string };

/** The digest_runs table: claiming a slot (the cross-replica lock), finishing it, and the previous snapshot. */
export class DigestRuns {
  constructor(private readonly db: Kysely<Database>) {}

  /** True when this replica won the slot; false when another replica already has it. */
  async claim(digestId: string, scheduledFor: string, claimant: string, at: string): Promise<boolean> {
    try {
      await this.db
        .insertInto('digest_runs')
        .values({
          digest_id: digestId,
          scheduled_for: scheduledFor,
          claimed_by: claimant,
          state: 'running',
          started_at: at,
          finished_at: null,
          findings: null,
          failure: null,
        })
        .execute();
      return true;
    } catch (error) {
      if (await this.exists(digestId, scheduledFor)) return false;
      throw error;
    }
  }

  async finish(digestId: string, scheduledFor: string, at: string, result: RunResult): Promise<void> {
    const findings = result.state === 'done' ? JSON.stringify(result.findings) : null;
    const failure = result.state === 'failed' ? result.failure : null;
    await this.db
      .updateTable('digest_runs')
      .set({ state: result.state, finished_at: at, findings, failure })
      .where('digest_id', '=', digestId)
      .where('scheduled_for', '=', scheduledFor)
      .execute();
  }

  /** The newest finished run before `scheduledFor`: what "since last time" is measured against. */
  async previous(
    digestId: string,
    scheduledFor: string,
  ): Promise<{ scheduledFor: string; finishedAt: string; findings: FindingSnapshot } | undefined> {
    const row = await this.db
      .selectFrom('digest_runs')
      .selectAll()
      .where('digest_id', '=', digestId)
      .where('state', '=', 'done')
      .where('scheduled_for', '<', scheduledFor)
      .orderBy('scheduled_for', 'desc')
      .executeTakeFirst();
    if (!row) return undefined;
    return {
      scheduledFor: row.scheduled_for,
      finishedAt: row.finished_at ?? row.started_at,
      findings: JSON.parse(row.findings ?? '{}'),
    };
  }

  /** The newest run of a digest, whatever its state. */
  async latest(
    digestId: string,
  ): Promise<{ scheduledFor: string; state: string; failure: string | undefined } | undefined> {
    const row = await this.db
      .selectFrom('digest_runs')
      .select(['scheduled_for', 'state', 'failure'])
      .where('digest_id', '=', digestId)
      .orderBy('scheduled_for', 'desc')
      .executeTakeFirst();
    return row && { scheduledFor: row.scheduled_for, state: row.state, failure: row.failure ?? undefined };
  }

  private async exists(digestId: string, scheduledFor: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('digest_runs')
      .select('digest_id')
      .where('digest_id', '=', digestId)
      .where('scheduled_for', '=', scheduledFor)
      .executeTakeFirst();
    return !!row;
  }
}
