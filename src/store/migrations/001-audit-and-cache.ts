import type { Kysely } from 'kysely';
import type { Migration } from './migration.ts';

export const auditAndCache: Migration = {
  name: '001-audit-and-cache',
  async up(db: Kysely<unknown>, dialect) {
    await db.schema
      .createTable('audit_events')
      .addColumn('id', dialect === 'postgres' ? 'bigserial' : 'integer', (column) =>
        dialect === 'postgres' ? column.primaryKey() : column.primaryKey().autoIncrement(),
      )
      .addColumn('at', 'text', (column) => column.notNull())
      .addColumn('correlation_id', 'text', (column) => column.notNull())
      .addColumn('action', 'text', (column) => column.notNull())
      .addColumn('outcome', 'text', (column) => column.notNull())
      .addColumn('actor', 'text', (column) => column.notNull())
      .addColumn('surface', 'text', (column) => column.notNull())
      .addColumn('tenant', 'text')
      .addColumn('channel', 'text')
      .addColumn('details', 'text', (column) => column.notNull())
      .execute();
    await db.schema.createIndex('audit_events_tenant_at').on('audit_events').columns(['tenant', 'at']).execute();
    await db.schema
      .createTable('kv_cache')
      .addColumn('namespace', 'text', (column) => column.notNull())
      .addColumn('key', 'text', (column) => column.notNull())
      .addColumn('value', 'text', (column) => column.notNull())
      .addColumn('expires_at', 'bigint', (column) => column.notNull())
      .addPrimaryKeyConstraint('kv_cache_pk', ['namespace', 'key'])
      .execute();
  },
};
