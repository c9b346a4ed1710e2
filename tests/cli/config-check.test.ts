import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
    const result = await runCli(['config', 'check', fixture('good.yaml')], { CONTOSO_CLIENT_SECRET: 'set-elsewhere' });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('tenant contoso: Contoso Ltd, backend logAnalytics, blocking defender-indicator');
    expect(result.stdout).toContain('slack: off (no SLACK_BOT_TOKEN)');
  });

  it('names a tenant secret the file names but the environment lacks, and exits non-zero', async () => {
    const result = await huntops('config', 'check', fixture('good.yaml'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "tenants.contoso.credentials.secretEnv: CONTOSO_CLIENT_SECRET is not set; export the app's client secret there",
    );
  });

  // `serve` refuses each of these before it listens (exit 78); the check must not call the same environment OK.
  it.each([
    [{ INTEL_BUDGET_MS: 'soon' }, 'INTEL_BUDGET_MS'],
    [{ HUNTOPS_BLOCK_LEASE_SECONDS: 'x' }, "HUNTOPS_BLOCK_LEASE_SECONDS 'x' is not a positive number of seconds"],
    [{ HUNTOPS_REMOTE_MAX_ATTEMPTS: '0' }, "HUNTOPS_REMOTE_MAX_ATTEMPTS '0' is not a positive whole number"],
    [{ MicrosoftAppId: 'bot' }, 'MicrosoftAppTenantId is required for MicrosoftAppType SingleTenant'],
  ])('finds what serve would refuse in the environment: %o', async (env, problem) => {
    const result = await runCli(['config', 'check', fixture('good.yaml')], {
      CONTOSO_CLIENT_SECRET: 'set-elsewhere',
      ...env,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('environment: 1 problem');
    expect(result.stderr).toContain(problem);
  });

  it('names a console login token the file names but the environment lacks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'huntops-config-check-'));
    const path = join(dir, 'huntops.config.yaml');
    writeFileSync(
      path,
      [
        'tenants:',
        '  t1: { displayName: T1, backend: local, local: { demo: { seed: 1 } } }',
        'surfaces: { console: { allowRemote: true, auth: { kind: tokens, users: { analyst@corp: T1_CONSOLE_TOKEN } } } }',
        '',
      ].join('\n'),
    );
    const result = await huntops('config', 'check', path);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('T1_CONSOLE_TOKEN: console login token for surfaces.console.auth is not set');
  });
});
