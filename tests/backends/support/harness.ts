import { fileURLToPath } from 'node:url';
import type { BackendDeps, TenantBackendConfig } from '../../../src/backends/index.ts';
import { type EntraTokenStandin, startEntraTokenStandin } from '../../standins/entra-token.ts';
import { startGraphHuntingStandin } from '../../standins/graph-hunting.ts';
import type { Standin } from '../../standins/https-standin.ts';
import { startLogAnalyticsStandin } from '../../standins/log-analytics.ts';
import { testTls } from '../../standins/tls.ts';

export const FIXTURE_NOW = new Date('2026-11-20T12:00:00Z');
/** Two days back from FIXTURE_NOW: the fixtures hold three days, so the window really filters. */
export const WINDOW = { start: new Date('2026-11-18T12:00:00Z'), end: FIXTURE_NOW };
export const WORKSPACE_A = '00000000-0000-0000-0000-00000000000a';
export const WORKSPACE_B = '00000000-0000-0000-0000-00000000000b';
export const fixtureDir = (name: string) => fileURLToPath(new URL(`../../fixtures/backends/${name}`, import.meta.url));

const CLIENT_ID = '5a5a5a5a-0000-4000-8000-000000000001';
const TENANT_ID = '7e7e7e7e-0000-4000-8000-00000000000a';
const SECRET_ENV = 'HUNTOPS_BACKENDS_TEST_SECRET';

/** Fast retries so fault tests finish quickly; still the production code path. */
export const TEST_RETRY = {
  maxAttempts: 3,
  baseDelayMs: 20,
  maxDelayMs: 100,
  maxRetryAfterMs: 5_000,
  attemptTimeoutMs: 2_500,
};

export interface Services {
  readonly entra: EntraTokenStandin;
  readonly logAnalytics: Standin;
  readonly graph: Standin;
  tenant(overrides?: Partial<TenantBackendConfig>): TenantBackendConfig;
  readonly deps: BackendDeps;
  close(): Promise<void>;
}

export interface ServicesOptions {
  /** Logs of the tenant's main workspace and of its Defender tables (default: the backends fixtures). */
  readonly dataDir?: string;
  readonly now?: Date;
}

/** Entra, Log Analytics and Graph stand-ins over HTTPS, and a tenant config that points at them. */
export async function startServices(options: ServicesOptions = {}): Promise<Services> {
  const dataDir = options.dataDir ?? fixtureDir('workspace-a');
  const now = options.now ?? FIXTURE_NOW;
  const entra = await startEntraTokenStandin({
    clients: [{ clientId: CLIENT_ID, secret: 'backends-secret', tenants: [TENANT_ID] }],
  });
  const tokenFor = (scope: string) => (token: string) => entra.verify(token)?.scope === scope;
  const logAnalytics = await startLogAnalyticsStandin({
    workspaces: { [WORKSPACE_A]: dataDir, [WORKSPACE_B]: fixtureDir('workspace-b') },
    now,
    acceptToken: tokenFor('https://api.loganalytics.io/.default'),
  });
  const graph = await startGraphHuntingStandin({
    dataDir,
    now,
    acceptToken: tokenFor('https://graph.microsoft.com/.default'),
  });
  const tenant = (overrides: Partial<TenantBackendConfig> = {}): TenantBackendConfig => ({
    name: 'tenant-a',
    entraTenantId: TENANT_ID,
    credentials: { kind: 'clientSecret', clientId: CLIENT_ID, secretEnv: SECRET_ENV },
    cloud: {
      authorityHost: entra.url,
      logAnalyticsEndpoint: `${logAnalytics.url}/v1`,
      graphBaseUrl: graph.url,
      caFile: testTls().caFile,
    },
    logAnalytics: { workspaceId: WORKSPACE_A },
    defender: { enabled: true },
    local: { dataDir },
    ...overrides,
  });
  return {
    entra,
    logAnalytics,
    graph,
    tenant,
    deps: { env: { [SECRET_ENV]: 'backends-secret' }, retry: TEST_RETRY },
    close: async () => {
      await Promise.all([entra.close(), logAnalytics.close(), graph.close()]);
    },
  };
}
