import pLimit from 'p-limit';
import type { TenantConfig } from '../../config/index.ts';
import { createGraphClient } from '../../remote/index.ts';
import type { BlockProvider } from './block-provider.ts';
import { canonicalCidr, type IpRange, toCidr } from './ip-ranges.ts';
import { IP_NAMED_LOCATION, type NamedLocation, namedLocationApi } from './named-location-api.ts';
import { BlockProviderError } from './provider-error.ts';
import { type ProviderDeps, resolveProviderSetup } from './provider-setup.ts';

/** Entra's limits for one IP named location. */
export const NAMED_LOCATION_MAX_RANGES = 2_000;
const MIN_PREFIX_EXCLUSIVE = 8;
/** How often a write lost to a concurrent writer is redone before giving up. */
const CONFLICT_ATTEMPTS = 5;

/**
 * Blocks an IP by adding it to a Conditional Access IP named location (which CA policies then block).
 * Graph has no ETag for named locations and PATCH replaces the whole list, so each change is
 * read-modify-write followed by a re-read; a change lost to a concurrent writer is redone.
 */
export function createEntraNamedLocationProvider(
  tenantKey: string,
  tenant: TenantConfig,
  deps: ProviderDeps = {},
): BlockProvider {
  const locationId = tenant.blocking.namedLocationId;
  if (!locationId)
    throw new BlockProviderError(
      'huntops_block_config_invalid',
      `tenants.${tenantKey}.blocking.namedLocationId is required for the entra-named-location provider: the id (GUID) of the IP named location huntops adds blocked ranges to`,
    );
  const setup = resolveProviderSetup('entra-named-location', tenantKey, tenant, deps);
  const api = namedLocationApi(createGraphClient(setup.credential, setup.cloud), setup, tenantKey, locationId);
  const label = `named location ${locationId} of tenant '${tenantKey}'`;
  // One change at a time from this process: two overlapping read-modify-writes would lose one of them
  // after its re-read had already confirmed it. Other writers are caught by the re-read alone.
  const oneAtATime = pLimit(1);

  /** Applies `change` until a re-read shows it took effect; `change` returns undefined when nothing needs writing. */
  const converge = (
    change: (ranges: IpRange[]) => IpRange[] | undefined,
    done: (ranges: IpRange[]) => boolean,
  ): Promise<boolean> => oneAtATime(() => convergeNow(change, done));
  const convergeNow = async (
    change: (ranges: IpRange[]) => IpRange[] | undefined,
    done: (ranges: IpRange[]) => boolean,
  ): Promise<boolean> => {
    for (let attempt = 1; attempt <= CONFLICT_ATTEMPTS; attempt++) {
      const next = change(rangesOf(await api.read(), label));
      if (next === undefined) return false;
      await api.writeRanges(next);
      if (done(rangesOf(await api.read(), label))) return true;
    }
    throw new BlockProviderError(
      'huntops_block_conflict',
      `${label} kept changing under us: the update was overwritten by another writer ${CONFLICT_ATTEMPTS} times; retry the block`,
    );
  };

  return {
    name: 'entra-named-location',
    target: `Entra named location ${locationId}`,
    removeAtExpiry: true,
    // Named locations hold IP ranges; domains, URLs and files need Defender indicators.
    types: ['ip'],
    async block(request) {
      const { cidr, prefix, range } = toCidr(request.indicator);
      if (prefix <= MIN_PREFIX_EXCLUSIVE)
        throw new BlockProviderError(
          'huntops_block_unsupported_indicator',
          `${cidr} is too wide for a named location (Entra accepts masks longer than /${MIN_PREFIX_EXCLUSIVE})`,
        );
      const has = (ranges: IpRange[]) => ranges.some((r) => canonicalCidr(r.cidrAddress) === cidr);
      const added = await converge((ranges) => {
        if (has(ranges)) return undefined;
        if (ranges.length >= NAMED_LOCATION_MAX_RANGES)
          throw new BlockProviderError(
            'huntops_block_capacity',
            `${label} already holds ${ranges.length} IP ranges, Entra's maximum of ${NAMED_LOCATION_MAX_RANGES}: unblock stale ranges or point blocking.namedLocationId at another location`,
          );
        return [...ranges, range];
      }, has);
      return {
        ref: `${locationId}#${cidr}`,
        summary: `${added ? 'added' : 'already present:'} ${cidr} ${added ? 'to' : 'in'} Entra named location ${locationId} on ${tenantKey} (huntops removes it when the block expires at ${request.expiresAt})`,
      };
    },
    async unblock(request) {
      const cidr = request.ref?.split('#')[1] ?? toCidr(request.indicator).cidr;
      const lacks = (ranges: IpRange[]) => !ranges.some((r) => canonicalCidr(r.cidrAddress) === cidr);
      await converge(
        (ranges) => (lacks(ranges) ? undefined : ranges.filter((r) => canonicalCidr(r.cidrAddress) !== cidr)),
        lacks,
      );
    },
  };
}

function rangesOf(location: NamedLocation, label: string): IpRange[] {
  if (location['@odata.type'] !== IP_NAMED_LOCATION)
    throw new BlockProviderError(
      'huntops_block_config_invalid',
      `${label} is a ${location['@odata.type'] ?? 'location of unknown type'}, not an IP named location (${IP_NAMED_LOCATION}): point blocking.namedLocationId at an IP ranges location`,
    );
  return [...(location.ipRanges ?? [])];
}
