import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/index.ts';
import { createLogger, secretsFromEnv } from '../../src/logging/index.ts';
import { type RunningHuntops, startHuntops } from '../../src/server/index.ts';
import { captureLogs } from '../support/capture-logs.ts';

function demoConfigFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'huntops-start-'));
  const file = join(dir, 'huntops.config.yaml');
  writeFileSync(
    file,
    `tenants:\n  tenant-a:\n    displayName: Demo A\n    local: { demo: { seed: 1 } }\nstore:\n  sqlitePath: ${join(dir, 'huntops.db')}\n`,
  );
  return file;
}

describe('startHuntops', () => {
  let running: RunningHuntops | undefined;
  afterEach(async () => {
    await running?.close();
    running = undefined;
  });

  it('serves /healthz and /readyz and logs each part’s mode without any secret', async () => {
    const env = {
      PORT: '0',
      HOST: '127.0.0.1',
      SLACK_BOT_TOKEN: 'xoxb-secret-bot-token-000',
      SLACK_SIGNING_SECRET: 'signing-secret-value-000',
      // Nothing listens there: Slack is unreachable at start-up, which must not stop the bot.
      SLACK_API_URL: 'http://127.0.0.1:9/api/',
      OTX_API_KEY: 'otx-secret-key-value-000',
    };
    const capture = captureLogs();
    const logger = createLogger({ destination: capture.stream, secrets: secretsFromEnv(env) });
    running = await startHuntops({ env, configPath: demoConfigFile(), logger });

    const health = await (await fetch(`${running.url}/healthz`)).json();
    expect(health).toMatchObject({ status: 'ok', version: '0.1.0', backends: { local: expect.any(Number) } });
    expect(health.surfaces).toMatchObject({ console: 'on', slack: 'http' });
    expect((await fetch(`${running.url}/readyz`)).status).toBe(200);

    await expect.poll(() => capture.text(), { timeout: 15_000 }).toContain('slack: auth.test failed');
    expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
    const text = capture.text();
    expect(text).toContain('store: sqlite');
    expect(text).toContain('slack: on (http /slack/events');
    for (const secret of [env.SLACK_BOT_TOKEN, env.SLACK_SIGNING_SECRET, env.OTX_API_KEY])
      expect(text).not.toContain(secret);
  });

  it('warns at start of a tenant secret the config names and the environment lacks, naming the variable', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'huntops-start-'));
    const file = join(dir, 'huntops.config.yaml');
    writeFileSync(
      file,
      [
        'tenants:',
        '  contoso:',
        '    displayName: Contoso',
        '    entraTenantId: 11111111-2222-4333-8444-555555555555',
        '    credentials: { kind: clientSecret, clientId: aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee, secretEnv: CONTOSO_UNSET }',
        '    backend: logAnalytics',
        '    logAnalytics: { workspaceId: 6b2c0f6e-8a3d-4a8e-9a5b-2f7c1d2e3f40 }',
        `store: { sqlitePath: ${join(dir, 'huntops.db')} }`,
        '',
      ].join('\n'),
    );
    const capture = captureLogs();
    running = await startHuntops({
      env: { PORT: '0' },
      configPath: file,
      logger: createLogger({ destination: capture.stream }),
    });
    expect(capture.text()).toContain('tenants.contoso.credentials.secretEnv: CONTOSO_UNSET is not set');
  });

  it('refuses to start on an invalid environment', async () => {
    await expect(startHuntops({ env: { PORT: 'eighty' }, configPath: demoConfigFile() })).rejects.toThrow(/PORT/);
  });

  // A ConfigError is what `huntops serve` turns into exit 78, which systemd does not restart in a loop.
  it('refuses bad tuning variables as a bad configuration, naming each at once', async () => {
    const env = { PORT: '0', INTEL_BUDGET_MS: 'soon', HUNTOPS_BLOCK_LEASE_SECONDS: 'x' };
    const failed = startHuntops({ env, configPath: demoConfigFile() });
    await expect(failed).rejects.toBeInstanceOf(ConfigError);
    await expect(failed).rejects.toMatchObject({
      problems: [expect.stringContaining('INTEL_BUDGET_MS'), expect.stringContaining('HUNTOPS_BLOCK_LEASE_SECONDS')],
    });
  });
});
