// Public surface of the store: SQLite by default, PostgreSQL when DATABASE_URL is set.
export { AUDIT_ACTIONS, type AuditAction, type AuditOutcome } from './audit-actions.ts';
export type { AuditEvent, AuditFilter, AuditLog, StoredAuditEvent } from './audit-log.ts';
export type { Cache } from './cache.ts';
export { type Dialect, MIGRATIONS, type Migration } from './migrations/index.ts';
export { openStore, type Store, type StoreOptions } from './open-store.ts';
export { StoreError } from './store-error.ts';
export type { Database, HuntRunsTable } from './table-shapes.ts';
