import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OtxStandin, otxFixture, startOtxStandin } from '../standins/otx.ts';
import { type Harness, startIntel, TEST_API_KEY } from './support/helpers.ts';

const IPS = {
  rich: '203.0.113.10',
  empty: '198.51.100.77',
  whitelisted: '192.0.2.53',
  falsePositive: '198.51.100.200',
  ipv6: '2a0e:97c0:3e3:1a2::15',
};

describe('OTX scoring against the stand-in', () => {
  let otx: OtxStandin;
  let intel: Harness;

  beforeAll(async () => {
    otx = await startOtxStandin({ apiKey: TEST_API_KEY });
    otx.replies.set(IPS.rich, otxFixture('rich'));
    otx.replies.set(IPS.whitelisted, otxFixture('whitelisted'));
    otx.replies.set(IPS.falsePositive, otxFixture('false-positive'));
    otx.replies.set(IPS.ipv6, otxFixture('ipv6'));
    intel = await startIntel({ OTX_API_KEY: TEST_API_KEY, OTX_BASE_URL: otx.url });
  });
  afterAll(async () => {
    await intel.close();
    await otx.close();
  });

  it('scores a rich reply high with pulse, adversary and malware reasons', async () => {
    const scores = await intel.service.scoreIocs([IPS.rich]);
    expect(scores.get(IPS.rich)).toEqual({
      indicator: IPS.rich,
      type: 'ip',
      score: 86,
      band: 'high',
      reasons: ['12 OTX pulses, newest 3 days old', "adversary 'APT41'", "malware 'Cobalt Strike', 'ShadowPad'"],
      sources: ['otx'],
      country: 'Netherlands',
      asn: 'AS64500 Bulletproof Hosting Ltd',
    });
  });

  it('scores an address OTX has never seen as low, zero', async () => {
    const score = (await intel.service.scoreIocs([IPS.empty])).get(IPS.empty);
    expect(score).toMatchObject({ score: 0, band: 'low', reasons: ['no OTX pulses'], sources: ['otx'] });
  });

  it('damps whitelisted and accepted false-positive addresses despite many fresh pulses', async () => {
    const scores = await intel.service.scoreIocs([IPS.whitelisted, IPS.falsePositive]);
    expect(scores.get(IPS.whitelisted)).toMatchObject({ score: 8, band: 'low' });
    expect(scores.get(IPS.whitelisted)?.reasons).toContain('OTX validation: Whitelisted IP, Known False Positive');
    expect(scores.get(IPS.falsePositive)).toMatchObject({ score: 6, band: 'low' });
    expect(scores.get(IPS.falsePositive)?.reasons).toContain('OTX false positive (accepted)');
  });

  it('looks up IPv6 addresses on the IPv6 path and scores them', async () => {
    const score = (await intel.service.scoreIocs([IPS.ipv6.toUpperCase()])).get(IPS.ipv6.toUpperCase());
    expect(score).toMatchObject({ score: 57, band: 'medium', country: 'Russia' });
    expect(score?.reasons).toEqual(['4 OTX pulses, newest 6 days old', "malware 'Sliver'"]);
    expect(otx.calls).toContainEqual(
      expect.objectContaining({ type: 'IPv6', indicator: IPS.ipv6, section: 'general', apiKey: TEST_API_KEY }),
    );
  });

  it('reads malware families as objects or strings, zone-less dates as UTC, and tolerates nulls', async () => {
    const ip = '192.0.2.77';
    otx.replies.set(ip, {
      indicator: ip,
      asn: null,
      country_name: null,
      validation: null,
      false_positive: null,
      pulse_info: {
        count: 2,
        pulses: [
          { name: 'Loader C2', modified: '2026-11-18T23:00:00.000000', adversary: '', malware_families: ['IcedID'] },
          { name: null, created: '2026-11-10', tags: null, malware_families: [{ id: 'x', display_name: null }] },
        ],
      },
    });
    const score = (await intel.service.scoreIocs([ip])).get(ip);
    expect(score?.reasons).toEqual(['2 OTX pulses, newest 1 day old', "malware 'IcedID', 'x'"]);
    expect(score).not.toHaveProperty('country');
  });

  it('sends the key in X-OTX-API-KEY on every call and never logs it', () => {
    expect(otx.calls.length).toBeGreaterThan(0);
    expect(otx.calls.every((c) => c.apiKey === TEST_API_KEY)).toBe(true);
    expect(JSON.stringify(intel.logger.entries)).not.toContain(TEST_API_KEY);
  });

  it('says at start which sources are on', () => {
    expect(intel.service.describe()).toBe(`intel: otx ${otx.url}`);
    expect(intel.logger.entries[0]?.obj).toBe(`intel: otx ${otx.url}`);
  });
});

describe('OTX with a rejected key', () => {
  it('marks IPs unknown and names the key as the problem', async () => {
    const otx = await startOtxStandin({ apiKey: 'the-real-key' });
    const intel = await startIntel({ OTX_API_KEY: TEST_API_KEY, OTX_BASE_URL: otx.url });
    try {
      const score = (await intel.service.scoreIocs([IPS.rich])).get(IPS.rich);
      expect(score).toMatchObject({ score: null, band: 'unknown', sources: [] });
      expect(score?.reasons).toEqual([expect.stringContaining('check OTX_API_KEY')]);
    } finally {
      await intel.close();
      await otx.close();
    }
  });
});
