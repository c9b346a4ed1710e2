import type { Kysely } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * One row per digest per scheduled time. The primary key is the cross-replica lock: the replica whose
 * insert succeeds posts that digest; the others see the conflict and stand down.
 */
export const digestRuns: Migration = {
  name: '005-digest-runs',
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('digest_runs')
      .addColumn('digest_id', 'text', (column) => column.notNull())
      .addColumn('scheduled_for', 'text', (column) => column.notNull())
      .addColumn('claimed_by', 'text', (column) => column.notNull())
      .addColumn('state', 'text', (column) => column.notNull())
      .addColumn('started_at', 'text', (column) => column.notNull())
      .addColumn('finished_at', 'text')
      .addColumn('findings', 'text')
      .addPrimaryKeyConstraint('digest_runs_pk', ['digest_id', 'scheduled_for'])
      .execute();
  },
};
