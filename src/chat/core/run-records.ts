import type { Kysely, Selectable } from 'kysely';
import type { CardModel } from '../../cards/index.ts';
import type { Database, HuntRunsTable } from '../../store/index.ts';
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
  /** Saves the run and links it to every proposal its card shows (see `showing`). */
  save(record: RunRecord, at: Date): Promise<void>;
  get(runId: string): Promise<RunRecord | undefined>;
  updateCard(runId: string, card: CardModel): Promise<void>;
  /** Every saved run whose card shows the proposal, oldest first: all of them change when the proposal does. */
  showing(proposalId: string): Promise<readonly RunRecord[]>;
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
      const links = proposalIdsOn(record.card).map((proposalId) => ({ proposal_id: proposalId, run_id: record.runId }));
      if (links.length > 0)
        await db
          .insertInto('proposal_cards')
          .values(links)
          .onConflict((conflict) => conflict.columns(['proposal_id', 'run_id']).doNothing())
          .execute();
    },
    async get(runId) {
      const row = await db.selectFrom('hunt_runs').selectAll().where('run_id', '=', runId).executeTakeFirst();
      return row ? recordOf(row) : undefined;
    },
    async showing(proposalId) {
      const rows = await db
        .selectFrom('proposal_cards')
        .innerJoin('hunt_runs', 'hunt_runs.run_id', 'proposal_cards.run_id')
        .selectAll('hunt_runs')
        .where('proposal_cards.proposal_id', '=', proposalId)
        .orderBy('hunt_runs.created_at')
        .execute();
      return rows.map(recordOf);
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

function recordOf(row: Selectable<HuntRunsTable>): RunRecord {
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
}

/** The proposals a card shows: a hunt card's list, or the one of an approval card. */
function proposalIdsOn(card: CardModel): string[] {
  if (card.kind === 'hunt') return card.proposals.map((proposal) => proposal.id);
  if (card.kind === 'approval') return [card.proposal.id];
  return [];
}
