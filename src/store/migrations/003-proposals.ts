import { type Kysely, sql } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * Block proposals and their lifecycle. The partial unique index is what makes "one live block per
 * indicator and tenant" true under double clicks and concurrent replicas: the database refuses the second.
 */
export const proposals: Migration = {
  name: '003-proposals',
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('proposals')
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('tenant', 'text', (column) => column.notNull())
      .addColumn('indicator', 'text', (column) => column.notNull())
      .addColumn('state', 'text', (column) => column.notNull())
      .addColumn('version', 'integer', (column) => column.notNull())
      .addColumn('requested_by', 'text', (column) => column.notNull())
      .addColumn('surface', 'text', (column) => column.notNull())
      .addColumn('channel', 'text', (column) => column.notNull())
      .addColumn('run_id', 'text')
      .addColumn('evidence', 'text', (column) => column.notNull())
      .addColumn('approvals', 'text', (column) => column.notNull())
      .addColumn('required_approvals', 'integer', (column) => column.notNull())
      .addColumn('decided_by', 'text')
      .addColumn('decided_at', 'text')
      .addColumn('reason', 'text')
      .addColumn('provider', 'text', (column) => column.notNull())
      .addColumn('provider_ref', 'text')
      .addColumn('last_error', 'text')
      .addColumn('outcome', 'text')
      .addColumn('attempts', 'integer', (column) => column.notNull())
      .addColumn('created_at', 'text', (column) => column.notNull())
      .addColumn('decide_by', 'text', (column) => column.notNull())
      .addColumn('block_expires_at', 'text')
      .addColumn('updated_at', 'text', (column) => column.notNull())
      .addColumn('updated_by', 'text', (column) => column.notNull())
      .execute();
    await db.schema
      .createIndex('proposals_one_live_per_indicator')
      .on('proposals')
      .columns(['tenant', 'indicator'])
      .unique()
      .where(sql.ref('state'), 'in', ['proposed', 'approved', 'blocking', 'blocked', 'failed', 'unblocking'])
      .execute();
    await db.schema.createIndex('proposals_run').on('proposals').column('run_id').execute();
    await db.schema.createIndex('proposals_state').on('proposals').columns(['state', 'tenant']).execute();
  },
};
