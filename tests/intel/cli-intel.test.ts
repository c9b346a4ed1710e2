import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OtxStandin, otxFixture, startOtxStandin } from '../standins/otx.ts';
import { TEST_API_KEY } from './helpers.ts';

const bin = new URL('../../src/cli/bin.mjs', import.meta.url).pathname;
const run = promisify(execFile);
/** A week after the newest pulse of the `rich` OTX fixture was modified. */
const FIXTURE_NOW = '2026-11-23T17:00:00Z';

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
      expect.objectContaining({ ip: '203.0.113.10', score: 82, band: 'high', sources: ['otx'] }),
      expect.objectContaining({ ip: '10.9.8.7', score: null, band: 'internal' }),
    ]);
    expect(stdout + stderr).not.toContain(TEST_API_KEY);
    expect(otx.calls.map((c) => c.indicator)).toEqual(['203.0.113.10']);
  });

  it('says in text mode that OTX is off without a key, and scores from the demo feed', async () => {
    const { stdout } = await run(process.execPath, [bin, 'intel', '203.0.113.129'], { cwd, env: env({}) });
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^intel: offline feed .*demo-feed\.jsonl only \(no OTX_API_KEY\)$/);
    expect(lines[1]).toMatch(/^203\.0\.113\.129\s+92\s+high\s+\(sources: feed:huntops-demo\)$/);
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
