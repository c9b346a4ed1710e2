import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OtxStandin, startOtxStandin } from '../standins/otx.ts';
import { type Harness, startIntel, TEST_API_KEY } from './support/helpers.ts';

const internal = [
  '10.0.0.5',
  '192.168.1.20',
  '172.31.255.1',
  '127.0.0.1',
  '169.254.169.254',
  '100.64.3.2',
  'fd00::1',
  'fe80::1',
  '::ffff:10.1.1.1',
];
const reserved = [
  '0.0.0.0',
  '224.0.0.1',
  '255.255.255.255',
  '240.1.2.3',
  '198.18.5.5',
  '::',
  'ff02::fb',
  '2001:db8::5',
];
const publicIps = ['203.0.113.7', '198.51.100.8', '192.0.2.9', '2a0e:97c0:3e3:1a2::15'];

describe('addresses that must never leave huntops', () => {
  let otx: OtxStandin;
  let intel: Harness;

  beforeAll(async () => {
    otx = await startOtxStandin({ apiKey: TEST_API_KEY });
    intel = await startIntel({ OTX_API_KEY: TEST_API_KEY, OTX_BASE_URL: otx.url });
  });
  afterAll(async () => {
    await intel.close();
    await otx.close();
  });

  it('labels private and reserved IPs and sends only the public ones to OTX', async () => {
    const scores = await intel.service.scoreIocs([...internal, ...reserved, ...publicIps, '300.1.2.3']);
    expect(otx.calls.map((c) => c.indicator).sort()).toEqual([...publicIps].sort());
    for (const ip of internal) expect(scores.get(ip)).toMatchObject({ score: null, band: 'internal', sources: [] });
    for (const ip of reserved) expect(scores.get(ip)).toMatchObject({ score: null, band: 'reserved', sources: [] });
    expect(scores.get('10.0.0.5')?.reasons).toEqual(['internal address (private), never sent to OTX']);
    expect(scores.get('300.1.2.3')).toMatchObject({ band: 'unknown' });
    expect(scores.get('300.1.2.3')?.reasons[0]).toMatch(
      /^'300\.1\.2\.3' is not an indicator huntops knows: expected an IPv4/,
    );
  });

  it('looks up each distinct address once even when it is written two ways', async () => {
    const before = otx.calls.length;
    const scores = await intel.service.scoreIocs([
      '2A0E:97C0:3E3:1A2:0:0:0:16',
      '2a0e:97c0:3e3:1a2::16',
      '::ffff:203.0.113.99',
      '203.0.113.99',
    ]);
    expect(scores.size).toBe(4);
    expect(
      otx.calls
        .slice(before)
        .map((c) => c.indicator)
        .sort(),
    ).toEqual(['203.0.113.99', '2a0e:97c0:3e3:1a2::16']);
  });
});
