import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OtxStandin, startOtxStandin } from '../standins/otx.ts';
import { type Harness, TEST_API_KEY } from './support/helpers.ts';
import { REPORT_IPS, REPORT_OTX_CONCURRENCY, startReportIntel } from './support/otx-report.ts';

// Long enough that the first round of calls is still waiting when the last call of that round arrives,
// so a client that keeps its slots busy is seen at exactly the limit. Elapsed time: `npm run bench`.
const LATENCY_MS = 100;

describe('a 200-IP report against a slow OTX stand-in', () => {
  let otx: OtxStandin;
  let intel: Harness;

  beforeAll(async () => {
    otx = await startOtxStandin({ apiKey: TEST_API_KEY, latencyMs: LATENCY_MS });
    intel = await startReportIntel(otx.url);
  });
  afterAll(async () => {
    await intel?.close();
    await otx?.close();
  });

  it(`keeps exactly ${REPORT_OTX_CONCURRENCY} OTX calls in flight at its peak and scores every address`, async () => {
    // A generous budget: this test is about the concurrency limit, not about the deadline.
    const scores = await intel.service.scoreIocs(REPORT_IPS, { budgetMs: 60_000 });

    expect(scores.size).toBe(200);
    expect([...scores.values()].every((s) => s.band === 'low' && s.sources.includes('otx'))).toBe(true);
    expect(otx.calls).toHaveLength(200);
    expect(otx.peakInFlight()).toBe(REPORT_OTX_CONCURRENCY);
  });

  it('makes zero OTX calls when the same report runs again within the TTL', async () => {
    // Runs the report once itself (answered from the cache when the case above ran first), so this case passes
    // alone too.
    await intel.service.scoreIocs(REPORT_IPS, { budgetMs: 60_000 });
    const callsBefore = otx.calls.length;
    const scores = await intel.service.scoreIocs(REPORT_IPS);
    expect(otx.calls).toHaveLength(callsBefore);
    expect(scores.size).toBe(200);
    expect([...scores.values()].every((s) => s.sources.includes('otx'))).toBe(true);
  });
});
