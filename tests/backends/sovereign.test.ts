import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, QuotaRegistry, type TenantBackendConfig } from '../../src/backends/index.ts';
import { testTls } from '../standins/tls.ts';
import { type Services, startServices, WINDOW } from './support/harness.ts';

describe('sovereign clouds and per-client trust', () => {
  let services: Services;
  beforeAll(async () => {
    services = await startServices();
  });
  afterAll(() => services.close());

  const usgov = (): TenantBackendConfig =>
    services.tenant({
      cloud: {
        preset: 'usgov',
        authorityHost: services.entra.url,
        logAnalyticsEndpoint: `${services.logAnalytics.url}/v1`,
        graphBaseUrl: services.graph.url,
        caFile: testTls().caFile,
      },
    });
  const query = (kind: 'logAnalytics' | 'defender', tenant: TenantBackendConfig, deps = services.deps) =>
    createBackend(kind, tenant, { ...deps, quotas: new QuotaRegistry() })
      .query({ tenant: 'tenant-gov', query: 'SigninLogs | take 1', window: WINDOW })
      .catch((error: unknown) => error);
  const requestedScopes = () =>
    services.entra.calls.map((call) => new URLSearchParams(call.body).get('scope')).filter(Boolean);

  it.each([
    ['logAnalytics', 'https://api.loganalytics.us/.default'],
    ['defender', 'https://graph.microsoft.us/.default'],
  ] as const)('%s asks Entra for the Azure Government audience', async (kind, scope) => {
    const error = await query(kind, usgov());
    expect(requestedScopes()).toContain(scope);
    // The stand-ins accept only public-cloud tokens, so the government token is refused: no silent fallback.
    expect(error).toMatchObject({ code: 'huntops_backend_auth_failed', tenant: 'tenant-gov', backend: kind });
  });

  it('trusts the stand-in CA only through the tenant setting, never process-wide', async () => {
    const { caFile: _unused, ...withoutCa } = services.tenant().cloud as Record<string, string>;
    const staticToken = { getToken: async () => ({ token: 'static', expiresOnTimestamp: Date.now() + 3_600_000 }) };
    const error = await query('logAnalytics', services.tenant({ cloud: withoutCa }), {
      ...services.deps,
      credential: staticToken,
    });
    expect(error).toMatchObject({ code: 'huntops_backend_unavailable', backend: 'logAnalytics' });
    expect(String((error as Error).message)).toMatch(/certificate/i);
  });
});
