import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, readEnv } from '../../src/config/index.ts';
import { createLogger } from '../../src/logging/index.ts';
import { openStore } from '../../src/store/index.ts';
import { captureLogs } from '../support/capture-logs.ts';
import { runCli } from '../support/run-cli.ts';

const SECRET = 'Pa55-w0rd~never.printed';
const GOOD_CONFIG = fileURLToPath(new URL('../fixtures/config/good.yaml', import.meta.url));
// Nothing listens on port 1 of loopback: the connection is refused at once.
const UNREACHABLE_DB = `postgres://huntops:${SECRET}@127.0.0.1:1/huntops`;

/** Everything an error would show wherever it is printed or logged: its text, its cause chain, its fields. */
const everything = (error: unknown) => inspect(error, { depth: 10 });

function errorOf(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

function configWithPastedSecret(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'huntops-secrets-')), 'huntops.config.yaml');
  writeFileSync(
    path,
    `tenants:
  tenant-a:
    displayName: Contoso
    backend: logAnalytics
    entraTenantId: 0c0c0c0c-0000-4000-8000-0000000000a1
    logAnalytics: { workspaceId: 0c0c0c0c-0000-4000-8000-0000000000a2 }
    credentials: { kind: clientSecret, clientId: 0c0c0c0c-0000-4000-8000-0000000000a3, secretEnv: "${SECRET}" }
`,
  );
  return path;
}

describe('secrets never printed back', { timeout: 60_000 }, () => {
  it('an unreachable DATABASE_URL: audit and serve name the variable and the server, never the password', async () => {
    for (const args of [
      ['audit', '--config', GOOD_CONFIG],
      ['serve', '--config', GOOD_CONFIG],
    ]) {
      const run = await runCli(args, { DATABASE_URL: UNREACHABLE_DB, LOG_LEVEL: 'silent' });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('cannot open the store at DATABASE_URL (127.0.0.1:1/huntops): connect ECONNREFUSED');
      expect(run.stdout + run.stderr).not.toContain(SECRET);
    }
  });

  it('a store error keeps no password in its text, fields or cause, even for a URL the driver cannot parse', async () => {
    for (const databaseUrl of [UNREACHABLE_DB, `postgres://huntops:${SECRET}@[bad/huntops`]) {
      const error = await openStore({ databaseUrl }).then(
        () => undefined,
        (failure: unknown) => failure,
      );
      expect(error).toMatchObject({ code: 'huntops_store_unavailable' });
      expect(everything(error)).not.toContain(SECRET);
    }
  });

  it.each([
    ['DATABASE_URL', `mysql://huntops:${SECRET}@db/huntops`],
    ['DATABASE_URL', `postgres//huntops:${SECRET}@db/huntops`],
    ['OTX_BASE_URL', `otx.example/${SECRET}`],
    ['SLACK_API_URL', `https//bot:${SECRET}@slack.example/api`],
  ])('a malformed %s is refused by name, its value not shown', async (name, value) => {
    const error = errorOf(() => readEnv({ [name]: value }));
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([expect.stringMatching(new RegExp(`^${name}: `))]);
    expect(everything(error)).not.toContain(SECRET);

    const run = await runCli(['audit', '--config', GOOD_CONFIG], { [name]: value });
    expect(run.stderr).toContain(`${name}: `);
    expect(run.stdout + run.stderr).not.toContain(SECRET);
  });

  it('a secret pasted into secretEnv is refused by key path, its value not shown (config check and loadConfig)', async () => {
    const path = configWithPastedSecret();
    const run = await runCli(['config', 'check', path]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(
      'tenants.tenant-a.credentials.secretEnv: expected the name of an environment variable, got a string (not shown',
    );
    expect(run.stdout + run.stderr).not.toContain(SECRET);
    expect(everything(errorOf(() => loadConfig({ path, env: {} })))).not.toContain(SECRET);
  });

  it('a mapping where a plain value belongs is described by its shape, never dumped', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'huntops-secrets-')), 'huntops.config.yaml');
    writeFileSync(path, `tenants:\n  tenant-a:\n    displayName: { password: "${SECRET}" }\n`);
    const error = errorOf(() => loadConfig({ path, env: {} })) as ConfigError;
    expect(error.problems).toEqual(['tenants.tenant-a.displayName: expected string, got a mapping']);
    expect(everything(error)).not.toContain(SECRET);
  });

  it.each([
    ['an unquoted secret read as a YAML alias', `secretEnv: *${SECRET}`],
    ['a YAML syntax error on the line holding the secret', `secretEnv: ${SECRET}: pasted`],
  ])('%s is reported without the secret', (_, line) => {
    const path = join(mkdtempSync(join(tmpdir(), 'huntops-secrets-')), 'huntops.config.yaml');
    writeFileSync(path, `tenants:\n  tenant-a:\n    displayName: A\n    ${line}\n`);
    const error = errorOf(() => loadConfig({ path, env: {} }));
    expect(error).toBeInstanceOf(ConfigError);
    expect(everything(error)).not.toContain(SECRET);
  });

  it('config check shows where the store is, with the password masked', async () => {
    const run = await runCli(['config', 'check', GOOD_CONFIG], {
      DATABASE_URL: `postgres://huntops:${SECRET}@db.internal:5432/huntops`,
    });
    expect(run.stdout).toContain('store: postgres postgres://***@db.internal:5432/huntops');
    expect(run.stdout + run.stderr).not.toContain(SECRET);
  });

  it('a log line quoting any URL with credentials has them masked, whatever the environment holds', () => {
    const capture = captureLogs();
    const logger = createLogger({ destination: capture.stream });
    logger.warn(
      { proxy: `http://svc:${SECRET}@proxy.example:3128` },
      `proxy https://svc:${SECRET}@proxy.example refused`,
    );
    logger.error(new Error(`connect failed for amqp://u:${SECRET}@mq/vhost`), 'queue');
    expect(capture.text()).not.toContain(SECRET);
    expect(capture.text()).toContain('https://***@proxy.example');
  });
});
