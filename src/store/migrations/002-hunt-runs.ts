import type { Kysely } from 'kysely';
import type { Migration } from './migration.ts';

/** One row per hunt answered in chat: the card it produced and where it was posted, so buttons can update it later. */
export const huntRuns: Migration = {
  name: '002-hunt-runs',
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('hunt_runs')
      .addColumn('run_id', 'text', (column) => column.primaryKey())
      .addColumn('tenant', 'text', (column) => column.notNull())
      .addColumn('template', 'text', (column) => column.notNull())
      .addColumn('surface', 'text', (column) => column.notNull())
      .addColumn('channel', 'text', (column) => column.notNull())
      .addColumn('requested_by', 'text', (column) => column.notNull())
      .addColumn('message_ref', 'text')
      .addColumn('card', 'text', (column) => column.notNull())
      .addColumn('created_at', 'text', (column) => column.notNull())
      .execute();
  },
};
