import type { BlockableIocType } from '../intel/index.ts';
import type { State } from './states.ts';

/**
 * A proposal as those who show it see it (cards, digests): `unblocking` shows as blocked, because the block stands
 * until the provider confirms. Times are ISO-8601 strings.
 */
export interface ProposalSnapshot {
  readonly id: string;
  readonly indicator: string;
  readonly iocType: BlockableIocType;
  readonly state: Exclude<State, 'unblocking'>;
  readonly requestedBy: string;
  readonly decidedBy?: string;
  readonly decidedAt?: string;
  readonly reason?: string;
  readonly expiresAt?: string;
  /** While proposed: how many approvals it still needs, and who may not give them (its requester, under four-eyes, and those who already approved). */
  readonly awaiting?: { readonly approvals: number; readonly notFrom: readonly string[] };
}

/** The outcome of a decision: the proposal as it now stands (as `P` shows it), or why nothing changed. */
export type DecisionOutcome<P = ProposalSnapshot> =
  | { readonly ok: true; readonly proposal: P; readonly runId?: string }
  | { readonly ok: false; readonly reason: string; readonly proposal?: P; readonly runId?: string };

/** A block in place on a tenant. */
export interface ActiveBlock {
  readonly indicator: string;
  readonly iocType: BlockableIocType;
  readonly provider: string;
  readonly blockedAt: string;
  readonly expiresAt?: string;
  /** Who set the block in motion: the analyst who ran the hunt or typed `/hunt block`. */
  readonly requestedBy: string;
  readonly approvedBy: string;
  readonly proposalId: string;
}
