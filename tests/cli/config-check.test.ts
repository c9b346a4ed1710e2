import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const bin = fileURLToPath(new URL('../../src/cli/bin.mjs', import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/config/${name}`, import.meta.url));

async function huntops(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { env: { PATH: process.env.PATH } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('huntops config check', () => {
  it('prints five precise messages for five mistakes and exits non-zero', async () => {
    const result = await huntops('config', 'check', fixture('five-mistakes.yaml'));
    expect(result.code).not.toBe(0);
    const lines = result.stderr.split('\n').filter((line) => line.startsWith('  '));
    expect(lines).toHaveLength(5);
    expect(result.stderr).toContain('5 problems');
  });

  it('summarises a good file and exits 0', async () => {
    const result = await huntops('config', 'check', fixture('good.yaml'));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('tenant contoso: Contoso Ltd, backend logAnalytics, blocking defender-indicator');
    expect(result.stdout).toContain('slack: off (no SLACK_BOT_TOKEN)');
  });
});
