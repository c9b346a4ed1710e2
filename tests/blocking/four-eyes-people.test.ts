import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/index.ts';
import {
  ANALYST,
  blockingService,
  correlationId,
  decide,
  LEAD,
  LEAD_ON_CONSOLE,
  LEAD_ON_TEAMS,
  LEAD2,
  recordingProvider,
} from './support/builders.ts';

const SELF_APPROVAL = 'you requested this block; four-eyes needs another approver to approve it';
/** U-LEAD, aad-lead and lead@corp are one person: Lea's Slack, Teams and console accounts. */
const PEOPLE = `people:
  lea: { slack: U-LEAD, teams: [aad-lead], console: lead@corp }
  sam: { slack: U-LEAD2 }
`;

/** Four-eyes counts people: one approver's accounts on several surfaces are one approver. */
describe('four-eyes across surfaces', () => {
  let store: Store | undefined;
  const now = Date.parse('2026-11-22T08:00:00Z');
  const setup = async (people = PEOPLE) => {
    store = await openStore({ sqlitePath: ':memory:', clock: () => now });
    const recording = recordingProvider();
    return { ...recording, store, service: blockingService(store, recording.provider, () => now, '', people) };
  };
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  it('a block requested on Slack cannot be approved by its requester on Teams or the console; the refusals are audited', async () => {
    const { service, calls, store } = await setup();
    const requested = await service.request({
      tenant: 'tenant-a',
      indicator: '203.0.113.9',
      caller: LEAD,
      correlationId,
    });
    const id = requested.proposal!.id;
    for (const account of [LEAD_ON_TEAMS, LEAD_ON_CONSOLE])
      expect(await decide(service, id, 'approve', account)).toMatchObject({ ok: false, reason: SELF_APPROVAL });
    expect(calls).toEqual([]);
    const refusals = await store.audit.list({ action: 'block.approve' });
    expect(refusals.map((event) => [event.outcome, event.actor, event.surface, event.details?.reason])).toEqual([
      ['refused', 'aad-lead', 'teams', SELF_APPROVAL],
      ['refused', 'lead@corp', 'console', SELF_APPROVAL],
    ]);

    expect(await decide(service, id, 'approve', LEAD2)).toMatchObject({
      ok: true,
      proposal: { state: 'blocked', decidedBy: 'U-LEAD2' },
    });
    expect(calls.map((call) => call.op)).toEqual(['block']);
  });

  it('a CIDR block needing two approvals does not get both from one person on two surfaces', async () => {
    const { service, calls } = await setup();
    const wide = await service.request({
      tenant: 'tenant-a',
      indicator: '203.0.113.0/28',
      caller: ANALYST,
      correlationId,
    });
    const id = wide.proposal!.id;
    expect(await decide(service, id, 'approve', LEAD)).toMatchObject({ ok: true, proposal: { state: 'proposed' } });
    for (const account of [LEAD_ON_TEAMS, LEAD_ON_CONSOLE])
      expect(await decide(service, id, 'approve', account)).toMatchObject({
        ok: false,
        reason: 'you have already approved this; it needs another approver',
      });
    expect(calls).toEqual([]);
    expect(await decide(service, id, 'approve', LEAD2)).toMatchObject({ ok: true, proposal: { state: 'blocked' } });
    expect(calls.map((call) => call.op)).toEqual(['block']);
  });

  it('ids that people does not link stay people of their own', async () => {
    const { service } = await setup('');
    const requested = await service.request({
      tenant: 'tenant-a',
      indicator: '203.0.113.9',
      caller: LEAD,
      correlationId,
    });
    expect(await decide(service, requested.proposal!.id, 'approve', LEAD_ON_CONSOLE)).toMatchObject({
      ok: true,
      proposal: { state: 'blocked', decidedBy: 'lead@corp' },
    });
  });
});
