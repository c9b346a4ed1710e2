import { afterEach, describe, expect, it } from 'vitest';
import type { BlockingService } from '../../src/blocking/index.ts';
import type { Caller } from '../../src/chat/index.ts';
import type { Store } from '../../src/store/index.ts';
import { jsonBody } from '../standins/https-standin.ts';
import { storeDialects } from '../support/store-dialects.ts';
import { ANALYST, correlationId, LEAD, LEAD2 } from './support/builders.ts';
import {
  LOCATION_ID,
  type ProviderServices,
  realProviderService,
  startProviderServices,
} from './support/provider-harness.ts';

const START = Date.parse('2026-11-22T08:00:00Z');
const EXISTING = '198.18.0.1/32';

for (const dialect of await storeDialects()) {
  describe.skipIf(dialect.skipReason)(`Entra named location provider on ${dialect.name}`, () => {
    let services: ProviderServices | undefined;
    let store: Store | undefined;
    let now = START;
    afterEach(async () => {
      await services?.close();
      await store?.close();
      services = undefined;
      store = undefined;
    });
    const setup = async (options: { locationRanges?: readonly string[]; replicas?: number } = {}) => {
      services = await startProviderServices({ locationRanges: options.locationRanges });
      now = START;
      store = await dialect.open({ clock: () => now });
      const opened = { services, store };
      const replicas = Array.from({ length: options.replicas ?? 1 }, () =>
        realProviderService(opened.services, 'entra-named-location', opened.store, () => now),
      );
      return { graph: services.graph, replicas, service: replicas[0] };
    };
    const request = async (service: BlockingService, ip: string) => {
      const outcome = await service.request({
        tenant: 'tenant-x',
        indicator: ip,
        reason: 'spray',
        caller: ANALYST,
        correlationId,
      });
      if (!outcome.ok) throw new Error(outcome.reason);
      return outcome.proposal!.id;
    };
    const approve = (service: BlockingService, proposalId: string, caller: Caller = LEAD) =>
      service.decide({ tenant: 'tenant-x', proposalId, verb: 'approve', caller, correlationId });
    const patches = (graph: ProviderServices['graph']) => graph.calls.filter((call) => call.method === 'PATCH');

    it('approval appends a /32 to the whole ipRanges list, keeping the ranges already there', async () => {
      const { graph, service } = await setup();
      const outcome = await approve(service, await request(service, '203.0.113.7'));
      expect(outcome).toMatchObject({ ok: true, proposal: { state: 'blocked' } });
      expect(graph.ranges(LOCATION_ID)).toEqual([EXISTING, '203.0.113.7/32']);
      expect(jsonBody(patches(graph)[0])).toEqual({
        '@odata.type': '#microsoft.graph.ipNamedLocation',
        ipRanges: [
          { '@odata.type': '#microsoft.graph.iPv4CidrRange', cidrAddress: EXISTING },
          { '@odata.type': '#microsoft.graph.iPv4CidrRange', cidrAddress: '203.0.113.7/32' },
        ],
      });
      const [blocked] = await service.proposals({ states: ['blocked'] });
      expect(blocked.providerRef).toBe(`${LOCATION_ID}#203.0.113.7/32`);
    });

    it('IPv6 addresses become /128 ranges', async () => {
      const { graph, service } = await setup();
      await approve(service, await request(service, '2A01:4F8::7'));
      expect(graph.ranges(LOCATION_ID)).toEqual([EXISTING, '2a01:4f8::7/128']);
      expect(jsonBody(patches(graph)[0])).toMatchObject({
        ipRanges: [{}, { '@odata.type': '#microsoft.graph.iPv6CidrRange' }],
      });
    });

    it('an address already in the location is a successful no-op', async () => {
      const { graph, service } = await setup({ locationRanges: [EXISTING, '203.0.113.7/32'] });
      const outcome = await approve(service, await request(service, '203.0.113.7'));
      expect(outcome).toMatchObject({ ok: true, proposal: { state: 'blocked' } });
      expect(patches(graph)).toHaveLength(0);
      expect(graph.ranges(LOCATION_ID)).toEqual([EXISTING, '203.0.113.7/32']);
    });

    it('a write lost to a concurrent writer is noticed on re-read and redone, keeping both changes', async () => {
      const { graph, service } = await setup();
      graph.concurrentWriteAfterNextPatch(LOCATION_ID, '198.18.0.99/32');
      const outcome = await approve(service, await request(service, '203.0.113.7'));
      expect(outcome).toMatchObject({ ok: true, proposal: { state: 'blocked' } });
      expect(patches(graph)).toHaveLength(2);
      expect(graph.ranges(LOCATION_ID).sort()).toEqual([EXISTING, '198.18.0.99/32', '203.0.113.7/32'].sort());
    });

    it('refuses to add a range to a location that already holds 2,000', async () => {
      const full = Array.from({ length: 2_000 }, (_, i) => `10.${Math.floor(i / 250)}.${i % 250}.0/24`);
      const { graph, service } = await setup({ locationRanges: full });
      const outcome = await approve(service, await request(service, '203.0.113.7'));
      expect(outcome).toMatchObject({ ok: true, proposal: { state: 'failed' } });
      const [failed] = await service.proposals({ states: ['failed'] });
      expect(failed.lastError).toMatch(/already holds 2000 IP ranges, Entra's maximum of 2000/);
      expect(patches(graph)).toHaveLength(0);
    });

    it('unblock removes only its range', async () => {
      const { graph, service } = await setup();
      await approve(service, await request(service, '203.0.113.7'));
      const outcome = await service.unblock({
        tenant: 'tenant-x',
        indicator: '203.0.113.7',
        caller: LEAD2,
        correlationId,
      });
      expect(outcome).toMatchObject({ ok: true, proposal: { state: 'unblocked' } });
      expect(graph.ranges(LOCATION_ID)).toEqual([EXISTING]);
    });

    it('when the block expires, the sweep removes the range (Entra ranges do not expire on their own)', async () => {
      const { graph, service } = await setup();
      await approve(service, await request(service, '203.0.113.7'));
      now = START + 29 * 86_400_000;
      expect(await service.sweepExpired()).toEqual([]);
      expect(graph.ranges(LOCATION_ID)).toEqual([EXISTING, '203.0.113.7/32']);
      graph.inject({ kind: 'status', status: 403, path: '/namedLocations/' });
      now = START + 31 * 86_400_000;
      expect(await service.sweepExpired()).toEqual([]); // removal failed: still blocked, retried next sweep
      expect((await service.sweepExpired()).map((p) => [p.indicator, p.state])).toEqual([['203.0.113.7', 'lapsed']]);
      expect(graph.ranges(LOCATION_ID)).toEqual([EXISTING]);
    });

    it('a Graph 503 fails the block; retry then adds the range once', async () => {
      const { graph, service } = await setup();
      const proposalId = await request(service, '203.0.113.7');
      graph.inject({ kind: 'status', status: 503, times: 3, path: '/namedLocations/' });
      expect(await approve(service, proposalId)).toMatchObject({ proposal: { state: 'failed' } });
      const retried = await service.decide({
        tenant: 'tenant-x',
        proposalId,
        verb: 'retry',
        caller: LEAD,
        correlationId,
      });
      expect(retried).toMatchObject({ ok: true, proposal: { state: 'blocked' } });
      expect(graph.ranges(LOCATION_ID)).toEqual([EXISTING, '203.0.113.7/32']);
    });

    it('two different addresses approved at the same moment both end up in the location', async () => {
      const { graph, service } = await setup();
      const ids = [await request(service, '203.0.113.7'), await request(service, '203.0.113.8')];
      // Overlapping read-modify-writes would read together, and the third call (a PATCH) lands last, after
      // the other write was already confirmed: that lost update is what must not happen.
      graph.inject({ kind: 'slow', delayMs: 0, times: 2, path: '/namedLocations/' });
      graph.inject({ kind: 'slow', delayMs: 400, path: '/namedLocations/' });
      await Promise.all(ids.map((id, i) => approve(service, id, i === 0 ? LEAD : LEAD2)));
      expect(graph.ranges(LOCATION_ID).sort()).toEqual([EXISTING, '203.0.113.7/32', '203.0.113.8/32'].sort());
    });

    it('two replicas approving at once add the range once', async () => {
      const { graph, replicas } = await setup({ replicas: 2 });
      const proposalId = await request(replicas[0], '203.0.113.7');
      const outcomes = await Promise.all([
        approve(replicas[0], proposalId, LEAD),
        approve(replicas[1], proposalId, LEAD2),
      ]);
      expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
      expect(patches(graph)).toHaveLength(1);
      expect(graph.ranges(LOCATION_ID)).toEqual([EXISTING, '203.0.113.7/32']);
    });
  });
}
