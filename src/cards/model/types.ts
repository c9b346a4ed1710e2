import type { ProposalSnapshot } from '../../blocking/index.ts';
import type { IocType } from '../../intel/index.ts';

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

/** Reputation bands, the same words as the intel engine's `Band`. */
export const BANDS = ['high', 'medium', 'low', 'unknown', 'pending', 'internal', 'reserved'] as const;
export type Band = (typeof BANDS)[number];

/** The slice of the intel engine's `IocScore` the cards show. */
export interface IocScoreSlice {
  /** The indicator as it was scored: an address, a domain, a URL or a file hash. */
  readonly indicator: string;
  /** Absent when the indicator is none huntops knows. */
  readonly type?: IocType;
  readonly score: number | null;
  readonly band: Band;
  readonly reasons: readonly string[];
  readonly country?: string;
  readonly asn?: string;
}

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
