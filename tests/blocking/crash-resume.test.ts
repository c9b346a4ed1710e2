import { join } from 'node:path';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createBlockingService, createDryRunProvider } from '../../src/blocking/index.ts';
import { parseConfigText } from '../../src/config/index.ts';
import { openStore } from '../../src/store/index.ts';
import { consolePost } from '../support/console-client.ts';
import { type SpawnedHuntops, spawnHuntops } from '../support/spawn-huntops.ts';
import { type ProviderServices, SECRET, SECRET_ENV, startProviderServices } from './support/provider-harness.ts';

const IP = '203.0.113.77';

/**
 * The outbox after a crash: huntops is SIGKILLed while its Defender call hangs, restarted on the same
 * data directory, and completes the block on its own with still exactly one indicator.
 */
describe('blocking survives a crash during the provider call', () => {
  let services: ProviderServices | undefined;
  let running: SpawnedHuntops | undefined;
  afterEach(async () => {
    await running?.stop('SIGKILL');
    await services?.close();
  });

  const start = (dir?: string) =>
    spawnHuntops({
      configYaml: `tenants:\n${services!.tenantYaml('defender-indicator')}`,
      // A 1 s lease: the restarted outbox treats the dead process's `blocking` row as abandoned at once.
      env: { [SECRET_ENV]: SECRET, HUNTOPS_BLOCK_LEASE_SECONDS: '1' },
      dir,
    });
  const post = (huntops: SpawnedHuntops, path: string, { user, ...body }: { user: string } & Record<string, unknown>) =>
    consolePost(huntops.url, user, path, body);
  const waitFor = async (what: string, check: () => boolean | Promise<boolean>, output: () => string[]) => {
    for (let waited = 0; waited < 20_000; waited += 100) {
      if (await check()) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`timed out waiting for ${what}; huntops said:\n${output().slice(-30).join('\n')}`);
  };
  const proposalState = async (dir: string, proposalId: string) => {
    const store = await openStore({ sqlitePath: join(dir, 'huntops.db') });
    try {
      const blocking = createBlockingService({
        config: parseConfigText(`tenants:\n${services!.tenantYaml('defender-indicator')}`, 'test'),
        store,
        providers: { 'defender-indicator': createDryRunProvider },
        logger: pino({ level: 'silent' }),
      });
      return (await blocking.proposals({ tenant: 'tenant-x' })).find((proposal) => proposal.id === proposalId);
    } finally {
      await store.close();
    }
  };

  for (const crash of ['the create never reached Defender', 'Defender applied the create but never answered'])
    it(`completes the block after a restart when ${crash}`, async () => {
      services = await startProviderServices();
      const defender = services.defender;
      const first = await start();
      running = first;
      const requested = await post(first, '/console/api/command', {
        text: `/hunt block tenant-x ${IP}`,
        user: 'analyst',
      });
      const proposalId = /"proposalId":"([^"]+)"/.exec(requested)?.[1];
      expect(proposalId, requested).toBeDefined();

      if (crash.startsWith('Defender applied')) defender.applyThenHang();
      else defender.inject({ kind: 'timeout', path: '/api/indicators' });
      const approval = post(first, '/console/api/action', {
        data: { verb: 'approve', proposalId, tenant: 'tenant-x' },
        user: 'lead',
      }).catch(() => 'connection lost');
      await waitFor(
        'the Defender call',
        () => defender.calls.some((call) => call.method === 'POST'),
        () => first.output,
      );
      expect((await proposalState(first.dir, proposalId!))?.state).toBe('blocking');
      await first.stop('SIGKILL');
      expect(await approval).toBe('connection lost');

      const second = await start(first.dir);
      running = second;
      await waitFor(
        'the resumed block',
        async () => (await proposalState(first.dir, proposalId!))?.state === 'blocked',
        () => second.output,
      );
      const indicators = defender.indicators();
      expect(indicators).toHaveLength(1);
      expect(indicators[0]).toMatchObject({ indicatorValue: IP, indicatorType: 'IpAddress', action: 'Block' });
      expect(defender.counts.creates).toBe(1);
      expect(defender.calls.filter((call) => call.method === 'POST')).toHaveLength(2);
      const blocked = await proposalState(first.dir, proposalId!);
      expect(blocked).toMatchObject({ providerRef: indicators[0].id, decidedBy: 'lead', attempts: 2 });
      expect(indicators[0].description).toContain('lead');
    }, 120_000); // two process starts on a shared, busy machine
});
