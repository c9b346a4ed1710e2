import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type OtxStandin, otxFixture, startOtxStandin } from '../standins/otx.ts';
import { type Harness, startIntel, TEST_API_KEY } from './support/helpers.ts';

const fixture = (name: string) => new URL(`../fixtures/intel/${name}`, import.meta.url).pathname;
const sprayReason = "listed in feed 'partner-soc' via 203.0.113.0/28 (password-spray), score 85";

describe('offline feed', () => {
  let intel: Harness | undefined;
  let otx: OtxStandin | undefined;
  afterEach(async () => {
    await intel?.close();
    await otx?.close();
    intel = undefined;
    otx = undefined;
  });

  it('scores from the feed alone when OTX is off, most specific entry first', async () => {
    const path = fixture('feed-sample.jsonl');
    intel = await startIntel({ INTEL_FEED_PATH: path });
    expect(intel.service.describe()).toBe(`intel: offline feed ${path} only (no OTX_API_KEY)`);
    const scores = await intel.service.scoreIocs(['203.0.113.3', '203.0.113.5', '2a0e:97c0:3e3:9::1', '203.0.113.200']);
    expect(scores.get('203.0.113.3')).toEqual({
      indicator: '203.0.113.3',
      type: 'ip',
      score: 85,
      band: 'high',
      reasons: [sprayReason, 'OTX off (no OTX_API_KEY)'],
      sources: ['feed:partner-soc'],
    });
    expect(scores.get('203.0.113.5')).toMatchObject({ score: 95, band: 'high' });
    expect(scores.get('2a0e:97c0:3e3:9::1')).toMatchObject({ score: 60, band: 'medium' });
    expect(scores.get('203.0.113.200')).toEqual({
      indicator: '203.0.113.200',
      type: 'ip',
      score: null,
      band: 'unknown',
      reasons: ['not in the offline feed', 'OTX off (no OTX_API_KEY)'],
      sources: [],
    });
  });

  it('reports bad feed lines once, by line number, and keeps the good ones', async () => {
    intel = await startIntel({ INTEL_FEED_PATH: fixture('feed-sample.jsonl') });
    const warnings = intel.logger.entries.filter((e) => e.level === 'warn');
    expect(warnings).toHaveLength(1);
    const { problems } = warnings[0]!.obj as { problems: string[] };
    expect(problems).toEqual([
      expect.stringMatching(
        /^line 5: indicator 'not an ip' is not an IPv4 or IPv6 address \(or CIDR range\), a domain name/,
      ),
      expect.stringMatching(/^line 6: score: .*100/),
    ]);
  });

  it('reads CSV feeds with ;-separated tags', async () => {
    intel = await startIntel({ INTEL_FEED_PATH: fixture('feed-sample.csv') });
    const scores = await intel.service.scoreIocs(['203.0.113.5', '198.51.100.9']);
    expect(scores.get('203.0.113.5')?.reasons[0]).toBe(
      "listed in feed 'partner-soc' (password-spray, confirmed), score 95",
    );
    expect(scores.get('198.51.100.9')?.band).toBe('unknown');
    expect(intel.logger.entries.filter((e) => e.level === 'warn')).toHaveLength(1);
  });

  it('reloads the feed when the file changes', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'huntops-feed-')), 'feed.jsonl');
    copyFileSync(fixture('feed-sample.jsonl'), path);
    intel = await startIntel({ INTEL_FEED_PATH: path }, 25);
    expect((await intel.service.scoreIocs(['198.51.100.50'])).get('198.51.100.50')?.band).toBe('unknown');
    writeFileSync(path, '{"indicator":"198.51.100.50","score":72,"source":"ir-team","tags":["beacon"]}\n');
    let band: string | undefined;
    for (let waited = 0; waited < 5000 && band !== 'high'; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      band = (await intel.service.scoreIocs(['198.51.100.50'])).get('198.51.100.50')?.band;
    }
    expect(band).toBe('high');
  });

  it('survives a missing feed file with a warning that names it', async () => {
    intel = await startIntel({ INTEL_FEED_PATH: '/nonexistent/feed.jsonl' });
    expect(intel.logger.entries.find((e) => e.level === 'warn')?.obj).toMatchObject({
      code: 'huntops_intel_bad_feed',
      path: '/nonexistent/feed.jsonl',
    });
    expect((await intel.service.scoreIocs(['203.0.113.5'])).get('203.0.113.5')?.band).toBe('unknown');
  });

  it('merges feed and OTX: the stronger evidence sets the score and both reasons are shown', async () => {
    otx = await startOtxStandin({ apiKey: TEST_API_KEY });
    otx.replies.set('203.0.113.10', otxFixture('rich'));
    intel = await startIntel({
      OTX_API_KEY: TEST_API_KEY,
      OTX_BASE_URL: otx.url,
      INTEL_FEED_PATH: fixture('feed-sample.jsonl'),
    });
    expect(intel.service.describe()).toBe(`intel: otx ${otx.url} + feed ${fixture('feed-sample.jsonl')}`);
    const scores = await intel.service.scoreIocs(['203.0.113.10', '203.0.113.5']);
    expect(scores.get('203.0.113.10')).toMatchObject({
      score: 86,
      band: 'high',
      reasons: ['12 OTX pulses, newest 3 days old', sprayReason, "adversary 'APT41'"],
      sources: ['otx', 'feed:partner-soc'],
    });
    expect(scores.get('203.0.113.5')).toMatchObject({
      score: 95,
      reasons: ["listed in feed 'partner-soc' (password-spray, confirmed), score 95", 'no OTX pulses'],
      sources: ['feed:partner-soc', 'otx'],
    });
  });
});
