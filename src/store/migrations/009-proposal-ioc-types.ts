import type { Kysely } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * What kind of indicator each proposal blocks (`ip`, `domain`, `url`, `sha1`, `sha256`). Every proposal made before
 * huntops blocked anything but addresses is an `ip`; the default says so for the rows already there.
 */
export const proposalIocTypes: Migration = {
  name: '009-proposal-ioc-types',
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('proposals')
      .addColumn('ioc_type', 'text', (column) => column.notNull().defaultTo('ip'))
      .execute();
  },
};
