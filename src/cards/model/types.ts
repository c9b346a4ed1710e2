import type { ProposalSnapshot } from '../../blocking/index.ts';
import type { IocScore } from '../../intel/index.ts';

export type { Band } from '../../intel/index.ts';

/** Shared building blocks of every card model. Structural slices only: the cards never import other folders' internals. */

/** A tenant as the analyst knows it: the key typed in chat and the name shown on cards. */
export interface TenantRef {
  readonly key: string;
  readonly displayName: string;
}

/** What a card needs to know about a hunt template. */
export interface TemplateMeta {
  readonly command: string;
  readonly name: string;
  /** Sentinel severities: Informational, Low, Medium, High (any case); others are shown as given. */
  readonly severity: string;
  /** MITRE ATT&CK technique ids, e.g. `T1110.003`. */
  readonly techniques: readonly string[];
}

/** The slice of the intel engine's `IocScore` the cards show (every field but its sources). */
export type IocScoreSlice = Omit<IocScore, 'sources'>;

/** A proposal's state as cards show it: blocking's states, with `unblocking` shown as blocked. */
export type ProposalState = ProposalSnapshot['state'];

/** One proposal to block an indicator, as the approval store reports it; cards do not need its indicator type. */
export type ProposalView = Omit<ProposalSnapshot, 'iocType'>;

/** A link into the Microsoft portal that reruns the hunt's query. */
export interface DeepLink {
  readonly label: string;
  readonly url: string;
}

export interface TimeWindow {
  readonly start: string;
  readonly end: string;
}
