import type { Kysely } from 'kysely';
import type { AuditAction, AuditOutcome } from './audit-actions.ts';
import type { Database } from './table-shapes.ts';

/** One audited event: who did what, where, with which outcome, tied to the request's correlation id. */
export interface AuditEvent {
  readonly correlationId: string;
  readonly action: AuditAction;
  readonly outcome: AuditOutcome;
  readonly actor: string;
  readonly surface: string;
  readonly tenant?: string;
  readonly channel?: string;
  readonly details?: Readonly<Record<string, unknown>>;
}

/** An event as read back: its action and outcome are what was written, which older releases did not type. */
export interface StoredAuditEvent extends Omit<AuditEvent, 'action' | 'outcome'> {
  readonly id: number;
  readonly at: string;
  readonly action: string;
  readonly outcome: string;
}

export interface AuditFilter {
  readonly tenant?: string;
  readonly since?: Date;
  readonly action?: string;
  readonly correlationId?: string;
  readonly limit?: number;
}

/** Append-only: there is deliberately no update or delete here. */
export interface AuditLog {
  append(event: AuditEvent): Promise<void>;
  list(filter?: AuditFilter): Promise<StoredAuditEvent[]>;
}

export function createAuditLog(db: Kysely<Database>, clock: () => number): AuditLog {
  return {
    async append(event) {
      await db
        .insertInto('audit_events')
        .values({
          at: new Date(clock()).toISOString(),
          correlation_id: event.correlationId,
          action: event.action,
          outcome: event.outcome,
          actor: event.actor,
          surface: event.surface,
          tenant: event.tenant ?? null,
          channel: event.channel ?? null,
          details: JSON.stringify(event.details ?? {}),
        })
        .execute();
    },
    async list(filter = {}) {
      let query = db.selectFrom('audit_events').selectAll().orderBy('id');
      if (filter.tenant) query = query.where('tenant', '=', filter.tenant);
      if (filter.since) query = query.where('at', '>=', filter.since.toISOString());
      if (filter.action) query = query.where('action', '=', filter.action);
      if (filter.correlationId) query = query.where('correlation_id', '=', filter.correlationId);
      if (filter.limit) query = query.limit(filter.limit);
      const rows = await query.execute();
      return rows.map((row) => ({
        id: Number(row.id),
        at: row.at,
        correlationId: row.correlation_id,
        action: row.action,
        outcome: row.outcome,
        actor: row.actor,
        surface: row.surface,
        tenant: row.tenant ?? undefined,
        channel: row.channel ?? undefined,
        details: JSON.parse(row.details) as Record<string, unknown>,
      }));
    },
  };
}
