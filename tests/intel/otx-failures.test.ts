import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type OtxStandin, type OtxStandinMode, otxFixture, startOtxStandin } from '../standins/otx.ts';
import { type Harness, startIntel, TEST_API_KEY } from './support/helpers.ts';

const BUDGET_MS = 2000;
// Scheduling slack for a busy test machine; the budget itself is what is being checked.
const SLACK_MS = 800;
const ips = Array.from({ length: 40 }, (_, i) => `203.0.113.${i + 1}`);

describe('OTX failures during a report', () => {
  let otx: OtxStandin;
  let intel: Harness;

  beforeEach(async () => {
    otx = await startOtxStandin({ apiKey: TEST_API_KEY });
    intel = await startIntel({
      OTX_API_KEY: TEST_API_KEY,
      OTX_BASE_URL: otx.url,
      INTEL_BUDGET_MS: String(BUDGET_MS),
      INTEL_OTX_TIMEOUT_MS: '1000',
      INTEL_BREAKER_THRESHOLD: '5',
      INTEL_BREAKER_COOLDOWN_MS: '300',
    });
  });
  afterEach(async () => {
    await intel.close();
    await otx.close();
  });

  const timedReport = async (budgetMs = BUDGET_MS) => {
    const started = performance.now();
    const scores = await intel.service.scoreIocs(ips, { budgetMs });
    return { scores: [...scores.values()], elapsed: performance.now() - started };
  };
  const warnings = () => intel.logger.entries.filter((e) => e.level === 'warn');

  it.each<[string, OtxStandinMode, RegExp]>([
    ['a 429 storm', { kind: 'rate-limited', retryAfter: '1' }, /rate limit/],
    ['HTTP 500s', { kind: 'server-error' }, /HTTP 500|paused/],
    ['hanging requests', { kind: 'hang' }, /within 1000 ms|paused/],
    ['malformed JSON', { kind: 'malformed' }, /invalid JSON|paused/],
  ])('still produces the report within its budget under %s, marking the IPs unknown', async (_, mode, reason) => {
    otx.mode = mode;
    const { scores, elapsed } = await timedReport();
    expect(elapsed).toBeLessThanOrEqual(BUDGET_MS + SLACK_MS);
    expect(scores).toHaveLength(40);
    expect(scores.every((s) => s.score === null && (s.band === 'unknown' || s.band === 'pending'))).toBe(true);
    const unknown = scores.filter((s) => s.band === 'unknown');
    expect(unknown.length).toBeGreaterThanOrEqual(30);
    expect(unknown.every((s) => reason.test(s.reasons.join(' ')))).toBe(true);
    expect(warnings()).toHaveLength(1);
    // The breaker (or Retry-After) stops the storm: far fewer calls than IPs.
    expect(otx.calls.length).toBeLessThan(30);
  });

  it('honours Retry-After: after the calls already in flight, none goes out until it has passed', async () => {
    otx.mode = { kind: 'rate-limited', retryAfter: '1', times: 3 };
    // A roomier budget: this test is about the pause, not about running out of time.
    const { scores } = await timedReport(10_000);
    expect(scores.every((s) => s.band === 'low')).toBe(true);
    const firstThrottled = otx.calls[0]!.at;
    // Up to one call per concurrency slot (10) was already on its way when the first 429 came back.
    const afterInFlight = otx.calls.slice(10);
    expect(afterInFlight.length).toBeGreaterThan(0);
    expect(afterInFlight.every((c) => c.at >= firstThrottled + 950)).toBe(true);
    expect(warnings()).toHaveLength(0);
  });

  it('recovers when the stand-in does: the breaker closes after a good probe', async () => {
    otx.mode = { kind: 'server-error' };
    await timedReport();
    otx.mode = { kind: 'ok' };
    otx.replies.set(ips[0]!, otxFixture('rich', ips[0]));
    intel.clock.advance(350); // past the breaker's 300 ms cooldown, on the injected clock
    const { scores } = await timedReport(10_000);
    expect(scores.every((s) => s.sources.includes('otx'))).toBe(true);
    expect(scores[0]).toMatchObject({ band: 'high' });
    expect(intel.logger.entries.some((e) => e.msg === 'OTX answering again; circuit closed')).toBe(true);
  });

  it('does not cache failures: the next report asks OTX again', async () => {
    otx.mode = { kind: 'server-error' };
    await timedReport();
    const failedCalls = otx.calls.length;
    otx.mode = { kind: 'ok' };
    intel.clock.advance(350); // past the breaker's 300 ms cooldown, on the injected clock
    await timedReport(10_000);
    expect(otx.calls.length).toBe(failedCalls + 40);
  });
});
