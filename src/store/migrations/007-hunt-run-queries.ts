import type { Kysely } from 'kysely';
import type { Migration } from './migration.ts';

/** The KQL each hunt run sent to its backend, as rendered (window and typed parameters filled in): its evidence. */
export const huntRunQueries: Migration = {
  name: '007-hunt-run-queries',
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('hunt_runs').addColumn('query', 'text').execute();
  },
};
