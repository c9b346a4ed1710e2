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

export interface HuntRunsTable {
  run_id: string;
  tenant: string;
  template: string;
  surface: string;
  channel: string;
  requested_by: string;
  /** JSON text: the surface's reference to the posted message (Slack ts, Teams activity id). */
  message_ref: string | null;
  /** JSON text: the card model as last rendered. */
  card: string;
  created_at: string;
}

export interface Database {
  audit_events: AuditEventsTable;
  kv_cache: KvCacheTable;
  hunt_runs: HuntRunsTable;
}
