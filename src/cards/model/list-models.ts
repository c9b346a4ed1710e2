import type { ProposalView, TenantRef } from './types.ts';

export interface TenantListEntry extends TenantRef {
  readonly backend: string;
  /** A short health word from the last check, e.g. `ok`, `auth failed`. */
  readonly status?: string;
}

export interface TenantsCardModel {
  readonly kind: 'tenants';
  readonly tenants: readonly TenantListEntry[];
}

export interface BlockListEntry extends ProposalView {
  readonly tenant: TenantRef;
}

/** Current and recent blocks; each blocked entry carries an Unblock button, each failed one Retry. */
export interface BlocksCardModel {
  readonly kind: 'blocks';
  readonly blocks: readonly BlockListEntry[];
}

export interface HelpCommand {
  readonly usage: string;
  readonly description: string;
}

export interface HelpCardModel {
  readonly kind: 'help';
  readonly commands: readonly HelpCommand[];
  /** Optional first line, e.g. why help is shown (an unknown command). */
  readonly intro?: string;
}
