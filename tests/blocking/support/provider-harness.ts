import pino from 'pino';
import {
  type BlockingService,
  createBlockingService,
  createDefenderIndicatorProvider,
  createEntraNamedLocationProvider,
  type ProviderRetryPolicy,
} from '../../../src/blocking/index.ts';
import { parseConfigText } from '../../../src/config/index.ts';
import type { Store } from '../../../src/store/index.ts';
import { type DefenderIndicatorsStandin, startDefenderIndicatorsStandin } from '../../standins/defender-indicators.ts';
import { type EntraTokenStandin, startEntraTokenStandin } from '../../standins/entra-token.ts';
import {
  type GraphNamedLocationsStandin,
  startGraphNamedLocationsStandin,
} from '../../standins/graph-named-locations.ts';
import { testTls } from '../../standins/tls.ts';

export const TENANT_ID = '7e7e7e7e-0000-4000-8000-0000000000b1';
export const CLIENT_ID = '5a5a5a5a-0000-4000-8000-0000000000b1';
export const LOCATION_ID = '0c0c0c0c-0000-4000-8000-0000000000b1';
export const SECRET_ENV = 'HUNTOPS_BLOCKING_TEST_SECRET';
export const SECRET = 'blocking-secret';
export const DEFENDER_SCOPE = 'https://api.securitycenter.microsoft.com/.default';
export const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';

/** Fast retries: the production code path with test-sized delays. */
export const FAST_RETRY: Partial<ProviderRetryPolicy> = {
  maxAttempts: 3,
  baseDelayMs: 10,
  maxDelayMs: 50,
  maxRetryAfterMs: 5_000,
  attemptTimeoutMs: 3_000,
};

export interface ProviderServices {
  readonly entra: EntraTokenStandin;
  readonly defender: DefenderIndicatorsStandin;
  readonly graph: GraphNamedLocationsStandin;
  /** The tenant's YAML (under `tenants:`), pointing at the stand-ins with the test CA file. */
  tenantYaml(provider: 'defender-indicator' | 'entra-named-location', blockingExtra?: string): string;
  close(): Promise<void>;
}

/** Entra (tokens), Defender indicators and Graph named locations stand-ins; both APIs demand real tokens. */
export async function startProviderServices(
  options: { defenderCap?: number; locationRanges?: readonly string[] } = {},
): Promise<ProviderServices> {
  const entra = await startEntraTokenStandin({
    clients: [{ clientId: CLIENT_ID, secret: SECRET, tenants: [TENANT_ID] }],
  });
  const tokenFor = (scope: string) => (token: string) => entra.verify(token)?.scope === scope;
  const defender = await startDefenderIndicatorsStandin({
    acceptToken: tokenFor(DEFENDER_SCOPE),
    cap: options.defenderCap,
  });
  const graph = await startGraphNamedLocationsStandin({
    locations: [
      { id: LOCATION_ID, displayName: 'huntops blocklist', ipRanges: options.locationRanges ?? ['198.18.0.1/32'] },
    ],
    acceptToken: tokenFor(GRAPH_SCOPE),
  });
  return {
    entra,
    defender,
    graph,
    tenantYaml: (provider, blockingExtra = '') => `  tenant-x:
    displayName: Fabrikam
    entraTenantId: ${TENANT_ID}
    credentials: { kind: clientSecret, clientId: ${CLIENT_ID}, secretEnv: ${SECRET_ENV} }
    cloud: { authorityHost: '${entra.url}', defenderApiHost: '${defender.url}', graphBaseUrl: '${graph.url}', caFile: '${testTls().caFile}' }
    local: { dataDir: ./logs }
    channels: { slack: [C1], console: ['*'] }
    hunters: { slack: ['*'], console: [analyst] }
    approvers: { slack: [U-LEAD, U-LEAD2], console: [lead] }
    blocking: { provider: ${provider}, expiryDays: 30, namedLocationId: ${LOCATION_ID}${blockingExtra} }
`,
    close: async () => {
      await Promise.all([entra.close(), defender.close(), graph.close()]);
    },
  };
}

/** The blocking service as production composes it, with the real providers and fast retries. */
export function realProviderService(
  services: ProviderServices,
  provider: 'defender-indicator' | 'entra-named-location',
  store: Store,
  clock: () => number,
  blockingExtra = '',
): BlockingService {
  const deps = { env: { [SECRET_ENV]: SECRET }, retry: FAST_RETRY };
  return createBlockingService({
    config: parseConfigText(`tenants:\n${services.tenantYaml(provider, blockingExtra)}`, 'provider test config'),
    store,
    providers: {
      'defender-indicator': (key, tenant) => createDefenderIndicatorProvider(key, tenant, deps),
      'entra-named-location': (key, tenant) => createEntraNamedLocationProvider(key, tenant, deps),
    },
    logger: pino({ level: 'silent' }),
    clock,
  });
}
