import type { BlockableIocType } from '../intel/index.ts';
import type { State } from './states.ts';

/** What a hunt or an analyst offered as the reason to block. */
export interface Evidence {
  readonly template?: string;
  readonly runId?: string;
  readonly score?: number | null;
  readonly band?: string;
  readonly reasons?: readonly string[];
  readonly note?: string;
}

export interface Proposal {
  readonly id: string;
  readonly tenant: string;
  /** The indicator in its canonical spelling (intel's `recognizeIoc`). */
  readonly indicator: string;
  readonly iocType: BlockableIocType;
  readonly state: State;
  readonly version: number;
  readonly requestedBy: string;
  readonly surface: string;
  readonly channel: string;
  readonly runId?: string;
  readonly evidence: Evidence;
  readonly approvals: readonly string[];
  readonly requiredApprovals: number;
  readonly decidedBy?: string;
  readonly decidedAt?: string;
  readonly reason?: string;
  readonly provider: string;
  readonly providerRef?: string;
  readonly lastError?: string;
  readonly outcome?: string;
  readonly attempts: number;
  readonly createdAt: string;
  readonly decideBy: string;
  readonly blockExpiresAt?: string;
  readonly updatedAt: string;
  readonly updatedBy: string;
}

/** The requester recorded when huntops itself proposes a block from a hunt's findings. */
export const BOT_REQUESTER = 'huntops';
