import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type BlockingService, createDefenderIndicatorProvider } from '../../src/blocking/index.ts';
import type { Caller } from '../../src/chat/index.ts';
import { parseConfigText } from '../../src/config/index.ts';
import type { Store } from '../../src/store/index.ts';
import { storeDialects } from '../support/store-dialects.ts';
import { ANALYST, correlationId, LEAD, LEAD2 } from './support/builders.ts';
import {
  FAST_RETRY,
  type ProviderServices,
  realProviderService,
  SECRET,
  SECRET_ENV,
  startProviderServices,
} from './support/provider-harness.ts';

const START = Date.parse('2026-11-22T08:00:00Z');
const HIGH = { indicator: '203.0.113.7', score: 91, band: 'high' as const, reasons: ['12 pulses'] };

for (const dialect of await storeDialects()) {
  describe.skipIf(dialect.skipReason)(`Defender indicator provider on ${dialect.name}`, () => {
    let services: ProviderServices;
    let store: Store | undefined;
    beforeEach(async () => {
      services = await startProviderServices({ defenderCap: 3 });
    });
    afterEach(async () => {
      await services.close();
      await store?.close();
      store = undefined;
    });
    const setup = async (replicas = 1) => {
      store = await dialect.open({ clock: () => START });
      const opened = store;
      return Array.from({ length: replicas }, () =>
        realProviderService(services, 'defender-indicator', opened, () => START),
      );
    };
    const propose = async (service: BlockingService, indicator = HIGH.indicator) =>
      (
        await service.proposeFromFindings({
          tenant: 'tenant-x',
          runId: 'run-7',
          template: 'spray',
          scores: [{ ...HIGH, indicator }],
          caller: ANALYST,
          correlationId,
        })
      )[0];
    const decide = (
      service: BlockingService,
      proposalId: string,
      verb: 'approve' | 'deny' | 'retry',
      caller: Caller = LEAD,
    ) => service.decide({ tenant: 'tenant-x', proposalId, verb, caller, correlationId });

    it('approval creates exactly one IpAddress indicator with the expiry, action and texts of the proposal', async () => {
      const [service] = await setup();
      const proposal = await propose(service);
      const outcome = await decide(service, proposal.id, 'approve');
      expect(outcome).toMatchObject({
        ok: true,
        proposal: { state: 'blocked', expiresAt: '2026-12-22T08:00:00.000Z' },
      });
      const [indicator] = services.defender.indicators();
      expect(services.defender.indicators()).toHaveLength(1);
      expect(indicator).toMatchObject({
        indicatorValue: '203.0.113.7',
        indicatorType: 'IpAddress',
        action: 'Block',
        expirationTime: '2026-12-22T08:00:00.000Z',
        severity: 'High',
        generateAlert: false,
        application: 'huntops',
      });
      expect(indicator.title).toContain('spray');
      expect(indicator.description).toMatch(/U-LEAD.*run-7/);
      const post = services.defender.calls.find((call) => call.method === 'POST');
      expect(services.entra.verify(String(post?.headers.authorization).slice(7))?.scope).toBe(
        'https://api.securitycenter.microsoft.com/.default',
      );
      const [stored] = await service.proposals({ states: ['blocked'] });
      expect(stored.providerRef).toBe(indicator.id);
    });

    it('Audit indicators are sent with generateAlert, as the API requires', async () => {
      store = await dialect.open({ clock: () => START });
      const service = realProviderService(services, 'defender-indicator', store, () => START, ', action: Audit');
      const outcome = await decide(service, (await propose(service)).id, 'approve');
      expect(outcome).toMatchObject({ ok: true, proposal: { state: 'blocked' } });
      expect(services.defender.indicators()[0]).toMatchObject({ action: 'Audit', generateAlert: true });
    });

    it('a denial calls nothing', async () => {
      const [service] = await setup();
      const outcome = await decide(service, (await propose(service)).id, 'deny');
      expect(outcome).toMatchObject({ ok: true, proposal: { state: 'denied' } });
      expect(services.defender.calls).toHaveLength(0);
    });

    it('two replicas approving at once make one indicator', async () => {
      const [one, two] = await setup(2);
      const proposal = await propose(one);
      const outcomes = await Promise.all([
        decide(one, proposal.id, 'approve', LEAD),
        decide(two, proposal.id, 'approve', LEAD2),
      ]);
      expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
      expect(services.defender.counts).toEqual({ creates: 1, updates: 0, deletes: 0 });
      expect((await one.proposals({ states: ['blocked'] })).map((p) => p.indicator)).toEqual(['203.0.113.7']);
    });

    it('a provider 500 fails the block; retry then blocks, still one indicator', async () => {
      const [service] = await setup();
      const proposal = await propose(service);
      services.defender.inject({ kind: 'status', status: 500, times: 3, path: '/api/indicators' });
      const failed = await decide(service, proposal.id, 'approve');
      expect(failed).toMatchObject({ ok: true, proposal: { state: 'failed' } });
      const [row] = await service.proposals({ states: ['failed'] });
      expect(row.lastError).toMatch(/tenant 'tenant-x' failed after 3 attempts: service error \(HTTP 500\)/);
      const retried = await decide(service, proposal.id, 'retry');
      expect(retried).toMatchObject({ ok: true, proposal: { state: 'blocked' } });
      expect(services.defender.counts.creates).toBe(1);
    });

    it('waits out a 429 Retry-After before submitting again', async () => {
      const [service] = await setup();
      services.defender.inject({ kind: 'status', status: 429, retryAfterSeconds: 1, path: '/api/indicators' });
      const outcome = await decide(service, (await propose(service)).id, 'approve');
      expect(outcome).toMatchObject({ ok: true, proposal: { state: 'blocked' } });
      const posts = services.defender.calls.filter((call) => call.method === 'POST');
      expect(posts).toHaveLength(2);
      expect(posts[1].at - posts[0].at).toBeGreaterThanOrEqual(950);
    });

    it('calling block again for the same indicator (an outbox re-run) updates it instead of adding one', async () => {
      const config = parseConfigText(`tenants:\n${services.tenantYaml('defender-indicator')}`, 'test');
      const provider = createDefenderIndicatorProvider('tenant-x', config.tenants['tenant-x'], {
        env: { [SECRET_ENV]: SECRET },
        retry: FAST_RETRY,
      });
      const request = {
        tenant: 'tenant-x',
        indicator: '2001:db8::7',
        iocType: 'ip' as const,
        proposalId: 'p-1',
        expiresAt: '2026-12-22T08:00:00.000Z',
        title: 'huntops: manual block of 2001:db8::7',
        description: 'Approved by U-LEAD',
      };
      const first = await provider.block(request);
      const second = await provider.block(request);
      expect(second.ref).toBe(first.ref);
      expect(services.defender.counts).toMatchObject({ creates: 1, updates: 1 });
      expect(services.defender.indicators()).toHaveLength(1);
      await expect(provider.block({ ...request, indicator: '192.0.2.0/28' })).rejects.toMatchObject({
        code: 'huntops_block_unsupported_indicator',
      });
    });

    it('unblock deletes the indicator', async () => {
      const [service] = await setup();
      await decide(service, (await propose(service)).id, 'approve');
      const outcome = await service.unblock({
        tenant: 'tenant-x',
        indicator: HIGH.indicator,
        caller: LEAD2,
        correlationId,
      });
      expect(outcome).toMatchObject({ ok: true, proposal: { state: 'unblocked' } });
      expect(services.defender.indicators()).toHaveLength(0);
      expect(services.defender.counts.deletes).toBe(1);
    });

    it('a full tenant fails the block with the indicator-limit error', async () => {
      const [service] = await setup();
      for (const ip of ['192.0.2.1', '192.0.2.2', '192.0.2.3'])
        await decide(service, (await propose(service, ip)).id, 'approve');
      const outcome = await decide(service, (await propose(service)).id, 'approve');
      expect(outcome).toMatchObject({ ok: true, proposal: { state: 'failed' } });
      const [row] = await service.proposals({ states: ['failed'] });
      expect(row.lastError).toMatch(/limit of 15,000 active indicators/);
      expect(services.defender.calls.filter((call) => call.method === 'POST')).toHaveLength(4); // not retried
    });
  });
}
