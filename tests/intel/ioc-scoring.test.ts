import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OtxStandin, otxFixture, startOtxStandin } from '../standins/otx.ts';
import { type Harness, startIntel, TEST_API_KEY } from './support/helpers.ts';

const DOMAIN = 'c2-relay.example';
const URL_IOC = 'https://login-contoso.example/office/auth.php';
const SHA256 = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';

describe('scoring domains, URLs and file hashes against the OTX stand-in', () => {
  let otx: OtxStandin;
  let intel: Harness;

  beforeAll(async () => {
    otx = await startOtxStandin({ apiKey: TEST_API_KEY });
    otx.replies.set(DOMAIN, otxFixture('domain-c2'));
    otx.replies.set(URL_IOC, otxFixture('url-phish'));
    otx.replies.set(SHA256, otxFixture('file-ransomware'));
    intel = await startIntel({
      OTX_API_KEY: TEST_API_KEY,
      OTX_BASE_URL: otx.url,
      INTEL_INTERNAL_DOMAINS: 'contoso.com',
    });
  });
  afterAll(async () => {
    await intel.close();
    await otx.close();
  });

  it("asks OTX for each type under its own slug and explains the score in the type's words", async () => {
    const scores = await intel.service.scoreIocs([DOMAIN, URL_IOC, SHA256.toUpperCase(), 'www.c2-relay.example']);
    expect(otx.calls.map((c) => [c.type, c.indicator, c.section])).toEqual(
      expect.arrayContaining([
        ['domain', DOMAIN, 'general'],
        ['url', URL_IOC, 'general'],
        ['file', SHA256, 'general'],
        ['hostname', 'www.c2-relay.example', 'general'],
      ]),
    );
    expect(scores.get(DOMAIN)).toMatchObject({ type: 'domain', score: 69, band: 'medium', sources: ['otx'] });
    expect(scores.get(DOMAIN)?.reasons).toEqual([
      '3 OTX pulses on this domain, newest 2 days old',
      "adversary 'TA570'",
      "malware 'QakBot'",
    ]);
    expect(scores.get(URL_IOC)).toMatchObject({ type: 'url', score: 52, sources: ['otx'] });
    expect(scores.get(URL_IOC)?.reasons[0]).toBe('2 OTX pulses on this URL, newest 1 day old');
    expect(scores.get(SHA256.toUpperCase())).toMatchObject({ type: 'sha256', score: 62, band: 'medium' });
    expect(scores.get(SHA256.toUpperCase())?.reasons).toContain("malware 'LockBit'");
    expect(scores.get('www.c2-relay.example')).toEqual(
      expect.objectContaining({ score: 0, reasons: ['no OTX pulses on this domain'] }),
    );
    expect(scores.get('www.c2-relay.example')).not.toHaveProperty('country');
  });

  it('scores every type from the offline feed: a domain covers its subdomains and their URLs', async () => {
    const feed = await startIntel({
      INTEL_FEED_PATH: fileURLToPath(new URL('../fixtures/intel/feed-iocs.jsonl', import.meta.url)),
    });
    try {
      const scores = await feed.service.scoreIocs([
        'cdn.c2-relay.example',
        'https://api.c2-relay.example/beacon',
        'https://files.example/kit/stage2.bin',
        'https://files.example/other',
        SHA256,
        'D41D8CD98F00B204E9800998ECF8427E',
      ]);
      expect(scores.get('cdn.c2-relay.example')).toMatchObject({ type: 'domain', score: 88 });
      expect(scores.get('cdn.c2-relay.example')?.reasons[0]).toBe(
        "listed in feed 'partner-soc' via c2-relay.example (c2), score 88",
      );
      expect(scores.get('https://api.c2-relay.example/beacon')).toMatchObject({ type: 'url', score: 88 });
      expect(scores.get('https://files.example/kit/stage2.bin')).toMatchObject({ score: 93 });
      expect(scores.get('https://files.example/other')).toMatchObject({ score: null, band: 'unknown' });
      expect(scores.get(SHA256)).toMatchObject({ type: 'sha256', score: 97 });
      expect(scores.get('D41D8CD98F00B204E9800998ECF8427E')).toMatchObject({ type: 'md5', score: 61 });
    } finally {
      await feed.close();
    }
  });

  it('never sends internal host names, internal URLs or names under the own domains', async () => {
    const before = otx.calls.length;
    const internal = ['fileserver', 'dc01.corp', 'sso.contoso.com', 'http://10.0.0.8/payload.exe', 'wiki.contoso'];
    const scores = await intel.service.scoreIocs(internal);
    expect(otx.calls.slice(before)).toEqual([]);
    for (const value of internal) expect(scores.get(value)).toMatchObject({ band: 'internal', score: null });
    expect(scores.get('sso.contoso.com')?.reasons).toEqual([
      "under the organisation's own domain contoso.com, never sent to OTX",
    ]);
  });
});
