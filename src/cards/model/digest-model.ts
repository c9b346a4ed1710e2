import type { Band, TenantRef, TimeWindow } from './types.ts';

/** One hunt's line in a scheduled digest. */
export interface DigestEntry {
  readonly tenant: TenantRef;
  readonly template: string;
  readonly severity: string;
  readonly findings: number;
  /** Findings not seen in the previous run of the same schedule. */
  readonly newFindings?: number;
  /** Findings seen last time and again now. */
  readonly stillActive?: number;
  /** Findings seen last time and not any more. */
  readonly gone?: number;
  readonly top?: { readonly indicator: string; readonly score: number | null; readonly band: Band };
  /** Set when the hunt failed for this tenant; the line then says so instead of counting findings. */
  readonly error?: string;
}

export interface DigestCardModel {
  readonly kind: 'digest';
  readonly title: string;
  readonly period: TimeWindow;
  readonly entries: readonly DigestEntry[];
  readonly pendingApprovals: number;
  readonly activeBlocks: number;
  readonly runId: string;
  /** Blocks made, denied, failed or lapsed since the previous digest. */
  readonly blockEvents?: readonly DigestBlockEvent[];
  /** Set when this digest catches up a slot missed while the bot was down. */
  readonly lateFor?: string;
}

export interface DigestBlockEvent {
  readonly tenant: TenantRef;
  readonly indicator: string;
  readonly state: string;
  readonly by: string;
  readonly at: string;
}
