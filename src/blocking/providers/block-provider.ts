import type { BlockableIocType } from '../../intel/index.ts';

/** What a provider is asked to do for one approved proposal. */
export interface BlockRequest {
  readonly tenant: string;
  /** The canonical spelling of the indicator (intel's `recognizeIoc`). */
  readonly indicator: string;
  readonly iocType: BlockableIocType;
  readonly proposalId: string;
  /** ISO-8601; the provider makes the block lapse then (Defender deletes the indicator at its expirationTime). */
  readonly expiresAt: string;
  readonly title: string;
  readonly description: string;
}

export interface BlockResult {
  /** The provider's handle for undoing it (indicator id, named-location id + range). */
  readonly ref: string;
  /** One sentence for the card and the audit trail: what was done. */
  readonly summary: string;
}

/**
 * One way of blocking an IOC. Implementations must be idempotent for the same indicator: after a crash
 * the outbox calls `block` again, and the result must still be exactly one indicator.
 */
export interface BlockProvider {
  readonly name: string;
  /** Shown on cards, e.g. `Defender indicator`. */
  readonly target: string;
  /** The indicator types it can block; proposals for the others are refused with the provider named. */
  readonly types: readonly BlockableIocType[];
  /**
   * True when the target keeps a block past its expiry (Entra named locations have no expiry), so the
   * sweep must call `unblock` when the block lapses. Defender deletes expired indicators itself.
   */
  readonly removeAtExpiry?: boolean;
  block(request: BlockRequest): Promise<BlockResult>;
  unblock(request: {
    readonly tenant: string;
    readonly indicator: string;
    readonly iocType: BlockableIocType;
    readonly ref?: string;
  }): Promise<void>;
}
