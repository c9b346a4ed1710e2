import type { Kysely } from 'kysely';
import type { CardModel } from '../../cards/index.ts';
import type { Database } from '../../store/index.ts';
import type { MessageRef } from './inbound.ts';

export interface RunRecord {
  readonly runId: string;
  readonly tenant: string;
  readonly template: string;
  readonly surface: string;
  readonly channel: string;
  readonly requestedBy: string;
  readonly messageRef?: MessageRef;
  readonly card: CardModel;
  /** The KQL the hunt sent to its backend, as rendered; absent for a card that no hunt produced (`/hunt block`). */
  readonly query?: string;
}

/**
 * The hunt cards posted in chat, kept so that a button pressed days later (on any replica) can update its card,
 * with the query each hunt ran as its evidence.
 */
export interface RunRecords {
  save(record: RunRecord, at: Date): Promise<void>;
  get(runId: string): Promise<RunRecord | undefined>;
  updateCard(runId: string, card: CardModel): Promise<void>;
}

export function createRunRecords(db: Kysely<Database>): RunRecords {
  return {
    async save(record, at) {
      await db
        .insertInto('hunt_runs')
        .values({
          run_id: record.runId,
          tenant: record.tenant,
          template: record.template,
          surface: record.surface,
          channel: record.channel,
          requested_by: record.requestedBy,
          message_ref: record.messageRef ? JSON.stringify(record.messageRef) : null,
          card: JSON.stringify(record.card),
          query: record.query ?? null,
          created_at: at.toISOString(),
        })
        .execute();
    },
    async get(runId) {
      const row = await db.selectFrom('hunt_runs').selectAll().where('run_id', '=', runId).executeTakeFirst();
      if (!row) return undefined;
      return {
        runId: row.run_id,
        tenant: row.tenant,
        template: row.template,
        surface: row.surface,
        channel: row.channel,
        requestedBy: row.requested_by,
        messageRef: row.message_ref ? (JSON.parse(row.message_ref) as MessageRef) : undefined,
        card: JSON.parse(row.card) as CardModel,
        query: row.query ?? undefined,
      };
    },
    async updateCard(runId, card) {
      await db
        .updateTable('hunt_runs')
        .set({ card: JSON.stringify(card) })
        .where('run_id', '=', runId)
        .execute();
    },
  };
}
