import { describe, expect, it } from 'vitest';
import { DEMO_FEED_PATH, IntelError, loadIntelSettingsFromEnv, withTenantDomains } from '../../src/intel/index.ts';

describe('loadIntelSettingsFromEnv', () => {
  it('turns OTX off without a key and uses the demo feed and documented defaults', () => {
    expect(loadIntelSettingsFromEnv({})).toEqual({
      otxApiKey: undefined,
      otxBaseUrl: 'https://otx.alienvault.com',
      feedPath: DEMO_FEED_PATH,
      cacheTtlMs: 24 * 3_600_000,
      negativeCacheTtlMs: 4 * 3_600_000,
      budgetMs: 5000,
      otxConcurrency: 10,
      otxTimeoutMs: 2500,
      breakerThreshold: 5,
      breakerCooldownMs: 30_000,
      internalDomains: [],
    });
  });

  it('reads every variable and strips a trailing slash from the base URL', () => {
    const settings = loadIntelSettingsFromEnv({
      OTX_API_KEY: ' abc ',
      OTX_BASE_URL: 'http://127.0.0.1:9999/',
      INTEL_FEED_PATH: 'none',
      INTEL_CACHE_TTL_HOURS: '0.5',
      INTEL_BUDGET_MS: '1500',
    });
    expect(settings).toMatchObject({
      otxApiKey: 'abc',
      otxBaseUrl: 'http://127.0.0.1:9999',
      feedPath: undefined,
      cacheTtlMs: 1_800_000,
      budgetMs: 1500,
    });
  });

  it('names each bad variable in one coded error', () => {
    const load = () =>
      loadIntelSettingsFromEnv({ OTX_BASE_URL: 'ftp://x', INTEL_OTX_CONCURRENCY: '0', INTEL_CACHE_TTL_HOURS: 'soon' });
    expect(load).toThrow(IntelError);
    try {
      load();
    } catch (error) {
      expect((error as IntelError).code).toBe('huntops_intel_bad_settings');
      for (const name of ['OTX_BASE_URL', 'INTEL_OTX_CONCURRENCY', 'INTEL_CACHE_TTL_HOURS']) {
        expect((error as Error).message).toContain(name);
      }
    }
  });

  it("reads the organisation's own domains and names a bad entry", () => {
    expect(
      loadIntelSettingsFromEnv({ INTEL_INTERNAL_DOMAINS: ' Contoso.com, .corp.contoso.net.' }).internalDomains,
    ).toEqual(['contoso.com', 'corp.contoso.net']);
    expect(() => loadIntelSettingsFromEnv({ INTEL_INTERNAL_DOMAINS: 'contoso.com,https://x' })).toThrow(
      /INTEL_INTERNAL_DOMAINS.*comma-separated domain names/,
    );
  });

  it('adds every tenant own domains to the internal ones, once each', () => {
    const settings = loadIntelSettingsFromEnv({ INTEL_INTERNAL_DOMAINS: 'contoso.com' });
    const tenants = [{ blocking: { ownDomains: ['Fabrikam.com', 'contoso.com'] } }, { blocking: { ownDomains: [] } }];
    expect(withTenantDomains(settings, tenants).internalDomains).toEqual(['contoso.com', 'fabrikam.com']);
  });

  it('treats an empty OTX_API_KEY as no key', () => {
    expect(loadIntelSettingsFromEnv({ OTX_API_KEY: '' }).otxApiKey).toBeUndefined();
  });
});
