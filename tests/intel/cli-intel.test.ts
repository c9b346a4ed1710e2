import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OtxStandin, otxFixture, startOtxStandin } from '../standins/otx.ts';
import { TEST_API_KEY } from './support/helpers.ts';

const bin = new URL('../../src/cli/bin.mjs', import.meta.url).pathname;
const run = promisify(execFile);
/** A week after the newest pulse of the `rich` OTX fixture was modified. */
const FIXTURE_NOW = '2026-11-23T17:00:00Z';
const SHA256 = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';

describe('huntops intel', () => {
  let otx: OtxStandin;
  const cwd = mkdtempSync(join(tmpdir(), 'huntops-intel-cli-'));
  const env = (extra: Record<string, string>) => ({ PATH: process.env.PATH, HOME: cwd, ...extra });

  beforeAll(async () => {
    otx = await startOtxStandin({ apiKey: TEST_API_KEY });
    otx.replies.set('203.0.113.10', otxFixture('rich'));
  });
  afterAll(() => otx.close());

  it('prints score, band, reasons and sources as JSON', async () => {
    const { stdout, stderr } = await run(
      process.execPath,
      [bin, 'intel', '203.0.113.10', '10.9.8.7', '--format', 'json', '--at', FIXTURE_NOW],
      {
        cwd,
        env: env({ OTX_API_KEY: TEST_API_KEY, OTX_BASE_URL: otx.url, INTEL_FEED_PATH: 'none' }),
      },
    );
    expect(JSON.parse(stdout)).toEqual([
      // Aged as of the fixture's date, the score is the same on every day the suite runs.
      expect.objectContaining({ indicator: '203.0.113.10', score: 82, band: 'high', sources: ['otx'] }),
      expect.objectContaining({ indicator: '10.9.8.7', score: null, band: 'internal' }),
    ]);
    expect(stdout + stderr).not.toContain(TEST_API_KEY);
    expect(otx.calls.map((c) => c.indicator)).toEqual(['203.0.113.10']);
  });

  it('scores a domain, a URL and a SHA-256 with reasons, and never sends an internal host name', async () => {
    otx.replies.set('c2-relay.example', otxFixture('domain-c2'));
    otx.replies.set('https://login-contoso.example/office/auth.php', otxFixture('url-phish'));
    otx.replies.set(SHA256, otxFixture('file-ransomware'));
    const before = otx.calls.length;
    const iocs = [
      'c2-relay.example',
      'hxxps://login-contoso[.]example/office/auth.php',
      SHA256,
      'fileserver',
      'sso.contoso.com',
    ];
    const { stdout } = await run(process.execPath, [bin, 'intel', ...iocs, '--format', 'json', '--at', FIXTURE_NOW], {
      cwd,
      env: env({
        OTX_API_KEY: TEST_API_KEY,
        OTX_BASE_URL: otx.url,
        INTEL_FEED_PATH: 'none',
        INTEL_INTERNAL_DOMAINS: 'contoso.com',
      }),
    });
    const [domain, url, file, host, own] = JSON.parse(stdout) as { type: string; score: number; reasons: string[] }[];
    expect(domain).toMatchObject({ type: 'domain', band: 'medium', sources: ['otx'] });
    expect(domain!.reasons[0]).toMatch(/^3 OTX pulses on this domain, newest \d+ days? old$/);
    expect(url).toMatchObject({ type: 'url', sources: ['otx'] });
    expect(url!.reasons).toContain("adversary 'TA4903'");
    expect(file).toMatchObject({ type: 'sha256', sources: ['otx'] });
    expect(file!.reasons).toContain("malware 'LockBit'");
    expect(host).toMatchObject({ type: 'domain', band: 'internal', score: null });
    expect(own).toMatchObject({
      band: 'internal',
      reasons: ["under the organisation's own domain contoso.com, never sent to OTX"],
    });
    expect(otx.calls.slice(before).map((c) => [c.type, c.indicator])).toEqual(
      expect.arrayContaining([
        ['domain', 'c2-relay.example'],
        ['url', 'https://login-contoso.example/office/auth.php'],
        ['file', SHA256],
      ]),
    );
    expect(otx.calls.slice(before)).toHaveLength(3);
  });

  it('says in text mode that OTX is off without a key, and scores from the demo feed', async () => {
    const { stdout } = await run(process.execPath, [bin, 'intel', '203.0.113.129'], { cwd, env: env({}) });
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^intel: offline feed .*demo-feed\.jsonl only \(no OTX_API_KEY\)$/);
    expect(lines[1]).toMatch(/^203\.0\.113\.129\s+IP\s+92\s+high\s+\(sources: feed:huntops-demo\)$/);
    expect(lines.slice(2)).toContain('    - OTX off (no OTX_API_KEY)');
  });

  it('rejects a bad setting with a message naming it', async () => {
    const failed = run(process.execPath, [bin, 'intel', '203.0.113.129'], {
      cwd,
      env: env({ INTEL_BUDGET_MS: 'fast' }),
    });
    await expect(failed).rejects.toMatchObject({ code: 78, stderr: expect.stringContaining('INTEL_BUDGET_MS') });
  });
});
