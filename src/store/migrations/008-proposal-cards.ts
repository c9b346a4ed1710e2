import type { Kysely } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * Which posted cards show which proposal. The same proposal can appear on several hunt cards (two runs found the
 * same IP on the same tenant); every one of them is updated when its state changes, not only the first run's.
 */
export const proposalCards: Migration = {
  name: '008-proposal-cards',
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('proposal_cards')
      .addColumn('proposal_id', 'text', (column) => column.notNull())
      .addColumn('run_id', 'text', (column) => column.notNull())
      .addPrimaryKeyConstraint('proposal_cards_pk', ['proposal_id', 'run_id'])
      .execute();
  },
};
