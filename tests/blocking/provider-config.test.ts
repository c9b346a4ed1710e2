import { afterEach, describe, expect, it } from 'vitest';
import {
  type BlockProvider,
  type BlockRequest,
  createDefenderIndicatorProvider,
  createEntraNamedLocationProvider,
  type ProviderRetryPolicy,
} from '../../src/blocking/index.ts';
import { parseConfigText, type TenantConfig } from '../../src/config/index.ts';
import {
  FAST_RETRY,
  LOCATION_ID,
  type ProviderServices,
  SECRET,
  SECRET_ENV,
  startProviderServices,
} from './support/provider-harness.ts';

const REQUEST: BlockRequest = {
  tenant: 'tenant-x',
  indicator: '203.0.113.7',
  iocType: 'ip',
  proposalId: 'p-1',
  expiresAt: '2026-12-22T08:00:00.000Z',
  title: 'huntops: manual block of 203.0.113.7',
  description: 'Approved by U-LEAD',
};
const env = { [SECRET_ENV]: SECRET };
// Long enough for a fresh TLS connection to reach the stand-in on a busy machine, so each attempt is seen there.
const quick = { ...FAST_RETRY, maxAttempts: 2, attemptTimeoutMs: 1_000 };

function tenantFrom(yaml: string): TenantConfig {
  return parseConfigText(`tenants:\n${yaml}`, 'test').tenants['tenant-x'];
}

/** tenant-x's real provider of `kind`, pointed at the stand-ins, with the given retry policy. */
function providerOn(
  services: ProviderServices,
  kind: 'defender-indicator' | 'entra-named-location',
  retry: Partial<ProviderRetryPolicy>,
): BlockProvider {
  const create = kind === 'defender-indicator' ? createDefenderIndicatorProvider : createEntraNamedLocationProvider;
  return create('tenant-x', tenantFrom(services.tenantYaml(kind)), { env, retry });
}

describe('real providers: configuration and hung calls', () => {
  let services: ProviderServices | undefined;
  afterEach(async () => {
    await services?.close();
    services = undefined;
  });

  it('a cloud without Defender for Endpoint stops start-up with the fields to set', () => {
    const tenant = tenantFrom(`  tenant-x:
    displayName: Fabrikam
    entraTenantId: 7e7e7e7e-0000-4000-8000-0000000000b1
    cloud: china
    local: { dataDir: ./logs }
    blocking: { provider: defender-indicator }
`);
    expect(() => createDefenderIndicatorProvider('tenant-x', tenant, { env })).toThrow(
      expect.objectContaining({
        code: 'huntops_block_config_invalid',
        message: expect.stringMatching(/cloud\.defenderApiHost/),
      }),
    );
  });

  it('a named location provider without namedLocationId, or without its secret, stops start-up', async () => {
    services = await startProviderServices();
    const yaml = services.tenantYaml('entra-named-location');
    // The config check catches a missing location id before any provider is built.
    expect(() => tenantFrom(yaml.replace(`, namedLocationId: ${LOCATION_ID}`, ''))).toThrow(
      /blocking\.namedLocationId: required for the entra-named-location provider/,
    );
    expect(() => createEntraNamedLocationProvider('tenant-x', tenantFrom(yaml), { env: {} })).toThrow(
      new RegExp(`environment variable ${SECRET_ENV} is not set`),
    );
  });

  it('a hung Defender call times out per attempt and fails as a timeout after the bounded retries', async () => {
    services = await startProviderServices();
    const provider = providerOn(services, 'defender-indicator', quick);
    services.defender.inject({ kind: 'timeout', times: 2, path: '/api/indicators' });
    await expect(provider.block(REQUEST)).rejects.toMatchObject({
      code: 'huntops_block_timeout',
      message: expect.stringMatching(/tenant 'tenant-x' failed after 2 attempts/),
    });
    expect(services.defender.calls.filter((call) => call.method === 'POST')).toHaveLength(2);
  });

  it('a hung Graph call times out too, and the named location is left as it was', async () => {
    services = await startProviderServices();
    const provider = providerOn(services, 'entra-named-location', quick);
    services.graph.inject({ kind: 'timeout', times: 2, path: '/namedLocations/' });
    await expect(provider.block(REQUEST)).rejects.toMatchObject({ code: 'huntops_block_timeout' });
    expect(services.graph.ranges(LOCATION_ID)).toEqual(['198.18.0.1/32']);
  });

  it('named locations take CIDR ranges as they are, but not /8 or wider', async () => {
    services = await startProviderServices();
    const provider = providerOn(services, 'entra-named-location', FAST_RETRY);
    const added = await provider.block({ ...REQUEST, indicator: '45.83.64.0/22' });
    expect(added.ref).toBe(`${LOCATION_ID}#45.83.64.0/22`);
    await expect(provider.block({ ...REQUEST, indicator: '45.0.0.0/8' })).rejects.toMatchObject({
      code: 'huntops_block_unsupported_indicator',
    });
    expect(services.graph.ranges(LOCATION_ID)).toEqual(['198.18.0.1/32', '45.83.64.0/22']);
    await provider.unblock({ tenant: 'tenant-x', indicator: '45.83.64.0/22', iocType: 'ip', ref: added.ref });
    await provider.unblock({ tenant: 'tenant-x', indicator: '45.83.64.0/22', iocType: 'ip' }); // already gone: no-op
    expect(services.graph.ranges(LOCATION_ID)).toEqual(['198.18.0.1/32']);
  });

  it("Graph's 429 Retry-After is waited out before the named location is read again", async () => {
    services = await startProviderServices();
    const provider = providerOn(services, 'entra-named-location', FAST_RETRY);
    services.graph.inject({ kind: 'status', status: 429, retryAfterSeconds: 1, path: '/namedLocations/' });
    await provider.block(REQUEST);
    const [throttled, retried] = services.graph.calls;
    expect(retried.at - throttled.at).toBeGreaterThanOrEqual(950);
    expect(services.graph.ranges(LOCATION_ID)).toEqual(['198.18.0.1/32', '203.0.113.7/32']);
  });

  it('Defender unblock without a ref finds the indicator by value; a second unblock is a no-op', async () => {
    services = await startProviderServices();
    const provider = providerOn(services, 'defender-indicator', FAST_RETRY);
    await provider.block(REQUEST);
    await provider.block({ ...REQUEST, indicator: '203.0.113.8' });
    await provider.unblock({ tenant: 'tenant-x', indicator: '203.0.113.7', iocType: 'ip' });
    expect(services.defender.indicators().map((indicator) => indicator.indicatorValue)).toEqual(['203.0.113.8']);
    await provider.unblock({ tenant: 'tenant-x', indicator: '203.0.113.7', iocType: 'ip' });
    await provider.unblock({ tenant: 'tenant-x', indicator: '203.0.113.8', iocType: 'ip', ref: '999999' }); // 404: already gone
    expect(services.defender.counts.deletes).toBe(1);
  });
});
