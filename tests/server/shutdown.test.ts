import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logging/index.ts';
import { type RunningHuntops, startHuntops } from '../../src/server/index.ts';
import { openStore } from '../../src/store/index.ts';
import {
  type ProviderServices,
  SECRET,
  SECRET_ENV,
  startProviderServices,
} from '../blocking/support/provider-harness.ts';
import { captureLogs } from '../support/capture-logs.ts';
import { consolePost } from '../support/console-client.ts';
import { type SpawnedHuntops, spawnHuntops } from '../support/spawn-huntops.ts';

const IP = '203.0.113.78';
const REFUSAL = /restarting and is not taking new commands/;

const post = (url: string, path: string, { user, ...body }: { user: string } & Record<string, unknown>) =>
  consolePost(url, user, path, body);
const approve = (url: string, proposalId: string) =>
  post(url, '/console/api/action', { data: { verb: 'approve', proposalId, tenant: 'tenant-x' }, user: 'lead' });
const proposeBlock = async (url: string) => {
  const requested = await post(url, '/console/api/command', { text: `/hunt block tenant-x ${IP}`, user: 'analyst' });
  const proposalId = /"proposalId":"([^"]+)"/.exec(requested)?.[1];
  expect(proposalId, requested).toBeDefined();
  return proposalId!;
};
const waitFor = async (what: string, check: () => boolean | Promise<boolean>) => {
  for (let waited = 0; waited < 20_000; waited += 50) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
};
const stateOf = async (dir: string, proposalId: string) => {
  const store = await openStore({ sqlitePath: join(dir, 'huntops.db') });
  try {
    const row = await store.db.selectFrom('proposals').select('state').where('id', '=', proposalId).executeTakeFirst();
    return row?.state;
  } finally {
    await store.close();
  }
};

describe('graceful shutdown', () => {
  let services: ProviderServices | undefined;
  let running: RunningHuntops | undefined;
  let spawned: SpawnedHuntops | undefined;
  afterEach(async () => {
    await running?.close();
    await spawned?.stop('SIGKILL');
    await services?.close();
    running = spawned = undefined;
  });

  it('refuses new work, reports not ready, and lets a running approval finish within the grace period', async () => {
    services = await startProviderServices();
    const dir = mkdtempSync(join(tmpdir(), 'huntops-shutdown-'));
    const configPath = join(dir, 'huntops.config.yaml');
    writeFileSync(
      configPath,
      `tenants:\n${services.tenantYaml('defender-indicator')}store:\n  sqlitePath: ${join(dir, 'huntops.db')}\n`,
    );
    const logs = captureLogs();
    running = await startHuntops({
      env: {
        PORT: '0',
        HOST: '127.0.0.1',
        HUNTOPS_DATA_DIR: join(dir, 'data'),
        SHUTDOWN_GRACE_MS: '15000',
        [SECRET_ENV]: SECRET,
      },
      configPath,
      logger: createLogger({ destination: logs.stream, level: 'debug' }),
    });
    const { url } = running;
    const proposalId = await proposeBlock(url);
    services.defender.inject({ kind: 'slow', delayMs: 1_500, path: '/api/indicators' });
    const approval = approve(url, proposalId);
    await waitFor('the Defender call', () => services!.defender.calls.some((call) => call.method === 'POST'));

    const closing = running.close();
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ shuttingDown: true });
    const refused = await post(url, '/console/api/command', { text: '/hunt list', user: 'analyst' });
    expect(refused).toMatch(REFUSAL);

    expect(await approval).toContain('blocked');
    await closing;
    running = undefined;
    expect(await stateOf(dir, proposalId)).toBe('blocked');
    expect(services.defender.indicators()).toHaveLength(1);
  }, 60_000);

  it('on SIGTERM past the grace period leaves the approval in the outbox, and the next start completes it', async () => {
    services = await startProviderServices();
    const defender = services.defender;
    const start = (dir?: string) =>
      spawnHuntops({
        configYaml: `tenants:\n${services!.tenantYaml('defender-indicator')}`,
        env: {
          [SECRET_ENV]: SECRET,
          SHUTDOWN_GRACE_MS: '1500',
          HUNTOPS_BLOCK_LEASE_SECONDS: '1',
          HUNTOPS_REMOTE_MAX_ATTEMPTS: '1',
        },
        dir,
      });
    const first = await start();
    spawned = first;
    const proposalId = await proposeBlock(first.url);
    defender.inject({ kind: 'timeout', path: '/api/indicators' });
    const approval = approve(first.url, proposalId).catch(() => 'connection lost');
    await waitFor('the Defender call', () => defender.calls.some((call) => call.method === 'POST'));
    expect(await stateOf(first.dir, proposalId)).toBe('blocking');

    const exited = first.stop('SIGTERM');
    await waitFor('readyz to say so', async () => (await fetch(`${first.url}/readyz`)).status === 503);
    expect(await post(first.url, '/console/api/command', { text: '/hunt list', user: 'analyst' })).toMatch(REFUSAL);
    expect(await exited).toBe(0);
    expect(first.output.join('\n')).toMatch(/grace period over with work still running/);
    expect(await approval).toBe('connection lost');
    expect(await stateOf(first.dir, proposalId)).toBe('blocking');
    expect(defender.indicators()).toHaveLength(0);

    const second = await start(first.dir);
    spawned = second;
    await waitFor('the resumed block', async () => (await stateOf(first.dir, proposalId)) === 'blocked');
    expect(defender.indicators()).toHaveLength(1);
    expect(defender.indicators()[0]).toMatchObject({ indicatorValue: IP, action: 'Block' });
  }, 120_000);
});
