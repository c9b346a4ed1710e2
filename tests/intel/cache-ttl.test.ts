import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OtxStandin, otxFixture, startOtxStandin } from '../standins/otx.ts';
import { type Harness, startIntel, TEST_API_KEY } from './support/helpers.ts';

const HOUR = 3_600_000;
const known = '203.0.113.10';
const unseen = '198.51.100.77';

describe('the OTX cache in the store', () => {
  let otx: OtxStandin;
  let intel: Harness;
  const callsFor = (ip: string) => otx.calls.filter((c) => c.indicator === ip).length;

  beforeAll(async () => {
    otx = await startOtxStandin({ apiKey: TEST_API_KEY });
    otx.replies.set(known, otxFixture('rich'));
    intel = await startIntel({ OTX_API_KEY: TEST_API_KEY, OTX_BASE_URL: otx.url });
    await intel.service.scoreIocs([known, unseen]);
  });
  afterAll(async () => {
    await intel.close();
    await otx.close();
  });

  it('forgets "OTX knows nothing" after the shorter negative TTL (4 h) but keeps hits for 24 h', async () => {
    intel.clock.advance(5 * HOUR);
    await intel.service.scoreIocs([known, unseen]);
    expect(callsFor(known)).toBe(1);
    expect(callsFor(unseen)).toBe(2);
  });

  it('asks again once the 24 h TTL has passed, and rescores pulse ages on the current clock', async () => {
    const before = (await intel.service.scoreIocs([known])).get(known)!;
    intel.clock.advance(20 * HOUR);
    const after = (await intel.service.scoreIocs([known])).get(known)!;
    expect(callsFor(known)).toBe(2);
    expect(after.score!).toBeLessThan(before.score!);
    expect(after.reasons[0]).toBe('12 OTX pulses, newest 4 days old');
  });
});
