import type { Kysely } from 'kysely';
import type { Migration } from './migration.ts';

/** Why a digest run failed, in plain words, so `huntops digest list` can say it without digging through logs. */
export const digestRunFailures: Migration = {
  name: '006-digest-run-failures',
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('digest_runs').addColumn('failure', 'text').execute();
  },
};
