import type { Client } from '@microsoft/microsoft-graph-client';
import type { IpRange } from './ip-ranges.ts';
import { withProviderRetry } from './provider-retry.ts';
import type { ProviderSetup } from './provider-setup.ts';

export const IP_NAMED_LOCATION = '#microsoft.graph.ipNamedLocation';

export interface NamedLocation {
  readonly '@odata.type'?: string;
  readonly displayName?: string;
  readonly modifiedDateTime?: string;
  readonly ipRanges?: IpRange[];
}

/** GET and whole-list PATCH of one Conditional Access named location, each with bounded retries. */
export function namedLocationApi(
  client: Client,
  { policy, observe }: Pick<ProviderSetup, 'policy' | 'observe'>,
  tenantKey: string,
  locationId: string,
) {
  const path = `/identity/conditionalAccess/namedLocations/${encodeURIComponent(locationId)}`;
  const what = (operation: string) => `named location ${locationId} ${operation} for tenant '${tenantKey}'`;
  return {
    read: (): Promise<NamedLocation> =>
      withProviderRetry(what('read'), policy, (signal) => client.api(path).option('signal', signal).get(), observe),
    /** PATCH replaces `ipRanges` as a whole; `@odata.type` is required on the body. */
    async writeRanges(ipRanges: readonly IpRange[]): Promise<void> {
      await withProviderRetry(
        what('update'),
        policy,
        (signal) => client.api(path).option('signal', signal).patch({ '@odata.type': IP_NAMED_LOCATION, ipRanges }),
        observe,
      );
    },
  };
}
