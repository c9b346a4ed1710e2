import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OtxStandin, otxFixture, startOtxStandin } from '../standins/otx.ts';
import { type Harness, startIntel, TEST_API_KEY } from './support/helpers.ts';

const ips = ['203.0.113.10', '203.0.113.11', '203.0.113.12'];

describe('the report budget', () => {
  let otx: OtxStandin;
  let intel: Harness;

  beforeAll(async () => {
    otx = await startOtxStandin({ apiKey: TEST_API_KEY, latencyMs: 1200 });
    otx.replies.set(ips[0]!, otxFixture('rich'));
    intel = await startIntel({ OTX_API_KEY: TEST_API_KEY, OTX_BASE_URL: otx.url, INTEL_FEED_PATH: 'none' });
  });
  afterAll(async () => {
    await intel.close();
    await otx.close();
  });

  it('returns at the budget with slow lookups shown as pending, never holding the card back', async () => {
    const started = performance.now();
    const scores = await intel.service.scoreIocs(ips, { budgetMs: 300 });
    expect(performance.now() - started).toBeLessThan(1000);
    for (const ip of ips) {
      expect(scores.get(ip)).toEqual({
        indicator: ip,
        type: 'ip',
        score: null,
        band: 'pending',
        reasons: ['OTX lookup still running'],
        sources: [],
      });
    }
    expect(intel.logger.entries.filter((e) => e.level === 'warn')).toHaveLength(0);
  });

  it('lets those lookups finish in the background and fill the cache for the next report', async () => {
    // The lookups the first report left running land in the store's intel cache (under OTX's cache key).
    const cached = () => Promise.all(ips.map((ip) => intel.store.cache.get('intel', `otx:v1:${ip}`)));
    await expect.poll(async () => (await cached()).every(Boolean)).toBe(true);
    const callsBefore = otx.calls.length;
    const scores = await intel.service.scoreIocs(ips, { budgetMs: 300 });
    expect(otx.calls.length).toBe(callsBefore);
    expect(scores.get(ips[0]!)).toMatchObject({ band: 'high', sources: ['otx'] });
    expect(scores.get(ips[1]!)).toMatchObject({ band: 'low', sources: ['otx'] });
  });
});
