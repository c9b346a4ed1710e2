import type { Kysely, Selectable } from 'kysely';
import type { BlockableIocType } from '../intel/index.ts';
import type { Database } from '../store/index.ts';
import type { Evidence, Proposal } from './proposal.ts';
import { canMove, LIVE_STATES, type State } from './states.ts';

type Row = Selectable<Database['proposals']>;

/** `from` is `new` when the proposal was just created. Must not throw. */
export type TransitionObserver = (event: { tenant: string; from: State | 'new'; to: State }) => void;

export type NewProposal = Omit<Proposal, 'state' | 'version' | 'approvals' | 'attempts' | 'updatedAt' | 'updatedBy'>;

/** Fields a transition may set besides the state. */
export type TransitionChanges = Partial<
  Pick<
    Proposal,
    | 'approvals'
    | 'decidedBy'
    | 'decidedAt'
    | 'reason'
    | 'providerRef'
    | 'lastError'
    | 'outcome'
    | 'attempts'
    | 'blockExpiresAt'
  >
>;

/**
 * All proposal SQL. Transitions are conditional updates on (id, state, version): of two deciders
 * racing, exactly one sees its update applied; the other re-reads and is told who won.
 */
export class ProposalRepository {
  /** `onTransition` is told about every state a proposal enters here, its creation included (for metrics). */
  constructor(
    private readonly db: Kysely<Database>,
    private readonly onTransition: TransitionObserver = () => {},
  ) {}

  /** Inserts a proposal unless a live one exists for the same indicator; returns the live one either way. */
  async insertOrGetLive(proposal: NewProposal, at: string): Promise<{ proposal: Proposal; created: boolean }> {
    const existing = await this.live(proposal.tenant, proposal.indicator);
    if (existing) return { proposal: existing, created: false };
    try {
      await this.db
        .insertInto('proposals')
        .values(
          toRow({
            ...proposal,
            state: 'proposed',
            version: 1,
            approvals: [],
            attempts: 0,
            updatedAt: at,
            updatedBy: proposal.requestedBy,
          }),
        )
        .execute();
      const created = (await this.get(proposal.id))!;
      this.onTransition({ tenant: created.tenant, from: 'new', to: created.state });
      return { proposal: created, created: true };
    } catch (error) {
      // Lost the race against a concurrent insert: the unique index kept the indicator single.
      const winner = await this.live(proposal.tenant, proposal.indicator);
      if (winner) return { proposal: winner, created: false };
      throw error;
    }
  }

  async get(id: string): Promise<Proposal | undefined> {
    const row = await this.db.selectFrom('proposals').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? fromRow(row) : undefined;
  }

  async live(tenant: string, indicator: string): Promise<Proposal | undefined> {
    const row = await this.db
      .selectFrom('proposals')
      .selectAll()
      .where('tenant', '=', tenant)
      .where('indicator', '=', indicator)
      .where('state', 'in', LIVE_STATES as State[])
      .executeTakeFirst();
    return row ? fromRow(row) : undefined;
  }

  async forRun(runId: string): Promise<Proposal[]> {
    const rows = await this.db
      .selectFrom('proposals')
      .selectAll()
      .where('run_id', '=', runId)
      .orderBy('created_at')
      .execute();
    return rows.map(fromRow);
  }

  async inStates(states: readonly State[], tenant?: string): Promise<Proposal[]> {
    let query = this.db
      .selectFrom('proposals')
      .selectAll()
      .where('state', 'in', states as State[]);
    if (tenant) query = query.where('tenant', '=', tenant);
    return (await query.orderBy('created_at').execute()).map(fromRow);
  }

  /** Changes fields without changing the state (a first of two approvals), under the same version check. */
  async amend(
    proposal: Proposal,
    actor: string,
    at: string,
    changes: TransitionChanges,
  ): Promise<Proposal | undefined> {
    const result = await this.db
      .updateTable('proposals')
      .set({ ...changeColumns(changes), version: proposal.version + 1, updated_at: at, updated_by: actor })
      .where('id', '=', proposal.id)
      .where('version', '=', proposal.version)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1 ? this.get(proposal.id) : undefined;
  }

  /** Moves `proposal` to `to` if nobody changed it meanwhile. Returns the updated proposal, or undefined when it lost. */
  async transition(
    proposal: Proposal,
    to: State,
    actor: string,
    at: string,
    changes: TransitionChanges = {},
  ): Promise<Proposal | undefined> {
    if (!canMove(proposal.state, to)) throw new Error(`illegal transition ${proposal.state} → ${to}`);
    const result = await this.db
      .updateTable('proposals')
      .set({ ...changeColumns(changes), state: to, version: proposal.version + 1, updated_at: at, updated_by: actor })
      .where('id', '=', proposal.id)
      .where('state', '=', proposal.state)
      .where('version', '=', proposal.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return undefined;
    const moved = await this.get(proposal.id);
    if (moved) this.onTransition({ tenant: moved.tenant, from: proposal.state, to: moved.state });
    return moved;
  }
}

function changeColumns(changes: TransitionChanges) {
  const columns: Partial<Row> = {};
  if (changes.approvals) columns.approvals = JSON.stringify(changes.approvals);
  if (changes.decidedBy !== undefined) columns.decided_by = changes.decidedBy;
  if (changes.decidedAt !== undefined) columns.decided_at = changes.decidedAt;
  if (changes.reason !== undefined) columns.reason = changes.reason;
  if (changes.providerRef !== undefined) columns.provider_ref = changes.providerRef;
  if (changes.lastError !== undefined) columns.last_error = changes.lastError;
  if (changes.outcome !== undefined) columns.outcome = changes.outcome;
  if (changes.attempts !== undefined) columns.attempts = changes.attempts;
  if (changes.blockExpiresAt !== undefined) columns.block_expires_at = changes.blockExpiresAt;
  return columns;
}

function toRow(proposal: Proposal): Row {
  return {
    id: proposal.id,
    tenant: proposal.tenant,
    indicator: proposal.indicator,
    ioc_type: proposal.iocType,
    state: proposal.state,
    version: proposal.version,
    requested_by: proposal.requestedBy,
    surface: proposal.surface,
    channel: proposal.channel,
    run_id: proposal.runId ?? null,
    evidence: JSON.stringify(proposal.evidence),
    approvals: JSON.stringify(proposal.approvals),
    required_approvals: proposal.requiredApprovals,
    decided_by: proposal.decidedBy ?? null,
    decided_at: proposal.decidedAt ?? null,
    reason: proposal.reason ?? null,
    provider: proposal.provider,
    provider_ref: proposal.providerRef ?? null,
    last_error: proposal.lastError ?? null,
    outcome: proposal.outcome ?? null,
    attempts: proposal.attempts,
    created_at: proposal.createdAt,
    decide_by: proposal.decideBy,
    block_expires_at: proposal.blockExpiresAt ?? null,
    updated_at: proposal.updatedAt,
    updated_by: proposal.updatedBy,
  };
}

function fromRow(row: Row): Proposal {
  return {
    id: row.id,
    tenant: row.tenant,
    indicator: row.indicator,
    iocType: row.ioc_type as BlockableIocType,
    state: row.state as State,
    version: Number(row.version),
    requestedBy: row.requested_by,
    surface: row.surface,
    channel: row.channel,
    runId: row.run_id ?? undefined,
    evidence: JSON.parse(row.evidence) as Evidence,
    approvals: JSON.parse(row.approvals) as string[],
    requiredApprovals: Number(row.required_approvals),
    decidedBy: row.decided_by ?? undefined,
    decidedAt: row.decided_at ?? undefined,
    reason: row.reason ?? undefined,
    provider: row.provider,
    providerRef: row.provider_ref ?? undefined,
    lastError: row.last_error ?? undefined,
    outcome: row.outcome ?? undefined,
    attempts: Number(row.attempts),
    createdAt: row.created_at,
    decideBy: row.decide_by,
    blockExpiresAt: row.block_expires_at ?? undefined,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}
