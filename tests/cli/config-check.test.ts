import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/config/${name}`, import.meta.url));

const huntops = (...args: string[]) => runCli(args);

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
