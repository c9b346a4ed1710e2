import type { ProposalView, TenantRef } from './types.ts';

export interface BlockListEntry extends ProposalView {
  readonly tenant: TenantRef;
}

/** Current and recent blocks; each blocked entry carries an Unblock button, each failed one Retry. */
export interface BlocksCardModel {
  readonly kind: 'blocks';
  readonly blocks: readonly BlockListEntry[];
}
