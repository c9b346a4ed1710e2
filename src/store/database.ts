import type { Generated } from 'kysely';

/** Table shapes as Kysely sees them. Later capabilities add their tables here and in migrations/. */
export interface AuditEventsTable {
  id: Generated<number>;
  /** ISO-8601 UTC with milliseconds, so text order is time order on both dialects. */
  at: string;
  correlation_id: string;
  action: string;
  outcome: string;
  actor: string;
  surface: string;
  tenant: string | null;
  channel: string | null;
  /** JSON text. */
  details: string;
}

export interface KvCacheTable {
  namespace: string;
  key: string;
  /** JSON text. */
  value: string;
  /** Epoch milliseconds, stored as a string-safe number. */
  expires_at: number;
}

export interface Database {
  audit_events: AuditEventsTable;
  kv_cache: KvCacheTable;
}
