import type { Kysely } from 'kysely';
import type { Migration } from './migration.ts';

/** Where the bot was added or messaged, per surface: what digests need to post proactively later. */
export const conversations: Migration = {
  name: '004-conversations',
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('chat_conversations')
      .addColumn('surface', 'text', (column) => column.notNull())
      .addColumn('conversation_id', 'text', (column) => column.notNull())
      .addColumn('reference', 'text', (column) => column.notNull())
      .addColumn('updated_at', 'text', (column) => column.notNull())
      .addPrimaryKeyConstraint('chat_conversations_pk', ['surface', 'conversation_id'])
      .execute();
  },
};
