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
  /** The KQL sent to the backend, window and parameters filled in; null when there is none (a `/hunt block` card, a run before migration 007). */
  query: string | null;
  created_at: string;
}

export interface ProposalsTable {
  id: string;
  tenant: string;
  indicator: string;
  /** `ip`, `domain`, `url`, `sha1` or `sha256` (migration 009; older rows are `ip`). */
  ioc_type: Generated<string>;
  state: string;
  /** Bumped on every transition; conditional updates compare it so two deciders cannot both win. */
  version: number;
  requested_by: string;
  surface: string;
  channel: string;
  run_id: string | null;
  /** JSON text: hunt, counts, score and reasons. */
  evidence: string;
  /** JSON text: the approver ids so far. */
  approvals: string;
  required_approvals: number;
  decided_by: string | null;
  decided_at: string | null;
  reason: string | null;
  provider: string;
  provider_ref: string | null;
  last_error: string | null;
  /** What the provider reported doing, for the card and the audit trail. */
  outcome: string | null;
  attempts: number;
  created_at: string;
  /** When an undecided proposal expires. */
  decide_by: string;
  block_expires_at: string | null;
  updated_at: string;
  updated_by: string;
}

export interface ChatConversationsTable {
  surface: string;
  conversation_id: string;
  /** JSON text: the surface's conversation reference (Teams ConversationReference). */
  reference: string;
  updated_at: string;
}

export interface DigestRunsTable {
  digest_id: string;
  /** ISO-8601 of the cron slot this run is for. */
  scheduled_for: string;
  claimed_by: string;
  /** running | done | failed */
  state: string;
  started_at: string;
  finished_at: string | null;
  /** JSON text: the finding keys seen, per tenant and hunt, for the next run's diff. */
  findings: string | null;
  /** Why a failed run failed, in plain words. */
  failure: string | null;
}

/** One card (a hunt run's, or a `/hunt block` approval card's run key) showing one proposal. */
export interface ProposalCardsTable {
  proposal_id: string;
  run_id: string;
}

export interface Database {
  digest_runs: DigestRunsTable;
  chat_conversations: ChatConversationsTable;
  proposals: ProposalsTable;
  audit_events: AuditEventsTable;
  kv_cache: KvCacheTable;
  hunt_runs: HuntRunsTable;
  proposal_cards: ProposalCardsTable;
}
