import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildProgram } from '../../src/cli/main.ts';

/** `huntops package teams --out <out>` through the real commander program. */
async function packageTeams(out: string): Promise<void> {
  const argv = ['node', 'huntops', 'package', 'teams', '--out', out];
  await (await buildProgram(argv)).parseAsync(argv);
}

describe('huntops package teams', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });

  it('writes the zip with the bot id taken from MicrosoftAppId', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'huntops-pkg-')), 'nested', 'teams.zip');
    vi.stubEnv('MicrosoftAppId', '11111111-2222-3333-4444-555555555555');
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    await packageTeams(out);
    vi.unstubAllEnvs();
    const zip = await JSZip.loadAsync(readFileSync(out));
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(manifest.bots[0].botId).toBe('11111111-2222-3333-4444-555555555555');
    expect(log).toHaveBeenCalledWith(
      expect.stringContaining('Teams app package for bot 11111111-2222-3333-4444-555555555555'),
    );
  });

  it('without a bot id it explains what to set and exits 1', async () => {
    vi.stubEnv('MicrosoftAppId', '');
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await packageTeams(join(tmpdir(), 'never.zip'));
    vi.unstubAllEnvs();
    expect(process.exitCode).toBe(1);
    expect(error).toHaveBeenCalledWith(expect.stringMatching(/set MicrosoftAppId or pass --bot-id/));
  });
});
