import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/index.ts';
import { storeDialects } from '../support/store-dialects.ts';
import {
  ANALYST,
  blockingService,
  correlationId,
  decide,
  LEAD,
  LEAD2,
  OUTSIDER,
  recordingProvider,
} from './support/builders.ts';

const HIGH = { indicator: '203.0.113.7', score: 91, band: 'high' as const, reasons: ['12 pulses'] };
const start = Date.parse('2026-11-22T08:00:00Z');

for (const dialect of await storeDialects()) {
  describe.skipIf(dialect.skipReason)(`blocking on ${dialect.name}`, () => {
    let store: Store | undefined;
    let now = start;
    const setup = async () => {
      now = start;
      store = await dialect.open({ clock: () => now });
      const recording = recordingProvider();
      return { ...recording, service: blockingService(store, recording.provider, () => now), store };
    };
    afterEach(async () => {
      await store?.close();
      store = undefined;
    });
    const propose = async (service: Awaited<ReturnType<typeof setup>>['service']) =>
      (
        await service.proposeFromFindings({
          tenant: 'tenant-a',
          runId: 'run-1',
          template: 'spray',
          scores: [HIGH, { ...HIGH, indicator: '192.0.2.9', score: 30, band: 'low' }],
          caller: ANALYST,
          correlationId,
        })
      )[0];

    it('proposes only high scores, and approval blocks exactly once with the configured expiry', async () => {
      const { service, calls, store } = await setup();
      const proposals = await service.proposeFromFindings({
        tenant: 'tenant-a',
        runId: 'run-1',
        template: 'spray',
        scores: [HIGH, { ...HIGH, indicator: '192.0.2.9', score: 30, band: 'low' }],
        caller: ANALYST,
        correlationId,
      });
      expect(proposals.map((p) => [p.indicator, p.state, p.requestedBy])).toEqual([
        ['203.0.113.7', 'proposed', 'U-ANALYST'],
      ]);
      // The analyst who ran the hunt set the block in motion: four-eyes keeps them from approving it alone.
      expect(await decide(service, proposals[0].id, 'approve', ANALYST)).toMatchObject({
        ok: false,
        reason: 'you requested this block; four-eyes needs another approver to approve it',
      });
      const outcome = await decide(service, proposals[0].id, 'approve', LEAD2);
      expect(outcome).toMatchObject({
        ok: true,
        proposal: { state: 'blocked', decidedBy: 'U-LEAD2', expiresAt: '2026-12-22T08:00:00.000Z' },
        runId: 'run-1',
      });
      expect(calls).toEqual([
        {
          op: 'block',
          indicator: '203.0.113.7',
          expiresAt: '2026-12-22T08:00:00.000Z',
          title: 'huntops: spray block of IP 203.0.113.7',
        },
      ]);
      const again = await decide(service, proposals[0].id, 'approve', LEAD);
      expect(again).toMatchObject({
        ok: false,
        reason: expect.stringMatching(/^cannot approve: it is blocked \(set by U-LEAD2/),
      });
      expect(calls).toHaveLength(1);
      const actions = (await store.audit.list()).map((event) => `${event.action}:${event.outcome}`);
      expect(actions).toEqual([
        'block.proposed:ok',
        'block.approve:refused',
        'block.approved:ok',
        'provider.block.call:started',
        'provider.block.result:ok',
        'block.approve:refused',
      ]);
    });

    it('a repeat hunt finds the live proposal instead of opening a second', async () => {
      const { service } = await setup();
      const first = await propose(service);
      const second = await propose(service);
      expect(second.id).toBe(first.id);
    });

    it('refuses non-approvers and self-approval, and audits both', async () => {
      const { service, calls, store } = await setup();
      const outsider = await service.request({
        tenant: 'tenant-a',
        indicator: '203.0.113.8',
        caller: OUTSIDER,
        reason: 'seen in spray',
        correlationId,
      });
      expect(outsider.ok).toBe(true);
      const id = outsider.proposal!.id;
      expect(await decide(service, id, 'approve', OUTSIDER)).toMatchObject({
        ok: false,
        reason: 'you are not an approver for tenant-a',
      });
      const mine = await service.request({ tenant: 'tenant-a', indicator: '203.0.113.9', caller: LEAD, correlationId });
      expect(await decide(service, mine.proposal!.id, 'approve', LEAD)).toMatchObject({
        ok: false,
        reason: expect.stringContaining('four-eyes'),
      });
      expect(await decide(service, mine.proposal!.id, 'approve', LEAD2)).toMatchObject({
        ok: true,
        proposal: { state: 'blocked' },
      });
      expect(calls.map((call) => call.indicator)).toEqual(['203.0.113.9']);
      expect((await store.audit.list({ action: 'block.approve' })).map((event) => event.actor)).toEqual([
        'U-OUTSIDER',
        'U-LEAD',
      ]);
    });

    it('concurrent approvals by two approvers lead to one provider call', async () => {
      const { service, calls } = await setup();
      const proposal = await propose(service);
      const outcomes = await Promise.all(
        [LEAD, LEAD2, LEAD, ANALYST, LEAD2].map((caller) =>
          service.decide({ tenant: 'tenant-a', proposalId: proposal.id, verb: 'approve', caller, correlationId }),
        ),
      );
      expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
      expect(calls).toHaveLength(1);
    });

    it('deny records who and why; an undecided proposal expires', async () => {
      const { service } = await setup();
      const proposal = await propose(service);
      expect(await decide(service, proposal.id, 'deny', LEAD, 'our pentest')).toMatchObject({
        ok: true,
        proposal: { state: 'denied', decidedBy: 'U-LEAD', reason: 'our pentest' },
      });
      const other = await service.request({
        tenant: 'tenant-a',
        indicator: '203.0.113.20',
        caller: ANALYST,
        correlationId,
      });
      now += 25 * 3_600_000;
      expect((await service.sweepExpired()).map((p) => [p.indicator, p.state])).toEqual([['203.0.113.20', 'expired']]);
      expect(await decide(service, other.proposal!.id, 'approve', LEAD)).toMatchObject({
        ok: false,
        reason: expect.stringContaining('it is expired'),
      });
    });

    it('a provider failure leaves the block failed; retry completes it', async () => {
      const { service, calls, failNext } = await setup();
      const proposal = await propose(service);
      failNext();
      expect(await decide(service, proposal.id, 'approve', LEAD)).toMatchObject({
        ok: true,
        proposal: { state: 'failed', reason: 'provider answered 500' },
      });
      expect(await decide(service, proposal.id, 'retry', OUTSIDER)).toMatchObject({ ok: false });
      expect(await decide(service, proposal.id, 'retry', LEAD2)).toMatchObject({
        ok: true,
        proposal: { state: 'blocked' },
      });
      expect(calls).toHaveLength(2);
    });

    it('unblocks on request of an approver, and blocks lapse at expiry', async () => {
      const { service, calls } = await setup();
      const proposal = await propose(service);
      await decide(service, proposal.id, 'approve', LEAD);
      expect((await service.activeBlocks('tenant-a')).map((block) => block.indicator)).toEqual(['203.0.113.7']);
      expect(
        await service.unblock({ tenant: 'tenant-a', indicator: '203.0.113.7', caller: OUTSIDER, correlationId }),
      ).toMatchObject({ ok: false, reason: 'you are not an approver for tenant-a' });
      expect(
        await service.unblock({ tenant: 'tenant-a', indicator: '203.0.113.7', caller: LEAD2, correlationId }),
      ).toMatchObject({ ok: true, proposal: { state: 'unblocked' } });
      expect(calls.map((call) => call.op)).toEqual(['block', 'unblock']);

      const second = await service.request({
        tenant: 'tenant-a',
        indicator: '203.0.113.30',
        caller: ANALYST,
        correlationId,
      });
      await decide(service, second.proposal!.id, 'approve', LEAD);
      now += 31 * 86_400_000;
      expect((await service.sweepExpired()).map((p) => [p.indicator, p.state])).toEqual([['203.0.113.30', 'lapsed']]);
    });

    it('guardrails refuse internal, reserved, egress and allow-listed addresses and over-wide ranges', async () => {
      const { service } = await setup();
      for (const [ip, why] of [
        ['10.1.2.3', /internal/],
        ['127.0.0.1', /internal/],
        ['224.0.0.5', /reserved/],
        ['198.51.100.3', /egress range/],
        ['203.0.113.250', /allow-list/],
        ['203.0.0.0/8', /wider than/],
        ['300.1.2.3', /is not an IPv4 or IPv6 address \(or CIDR range\), a domain name/],
        ['not-an-ip', /internal host name/],
      ] as const) {
        expect(
          await service.request({ tenant: 'tenant-a', indicator: ip, caller: ANALYST, correlationId }),
          ip,
        ).toMatchObject({
          ok: false,
          reason: expect.stringMatching(why),
        });
      }
    });

    it('a CIDR block needs two approvals', async () => {
      const { service, calls } = await setup();
      const wide = await service.request({
        tenant: 'tenant-a',
        indicator: '203.0.113.0/28',
        caller: ANALYST,
        correlationId,
      });
      expect(await decide(service, wide.proposal!.id, 'approve', LEAD)).toMatchObject({
        ok: true,
        proposal: { state: 'proposed' },
      });
      expect(calls).toHaveLength(0);
      expect(await decide(service, wide.proposal!.id, 'approve', LEAD)).toMatchObject({ ok: false });
      expect(await decide(service, wide.proposal!.id, 'approve', LEAD2)).toMatchObject({
        ok: true,
        proposal: { state: 'blocked' },
      });
      expect(calls).toHaveLength(1);
    });
  });
}
