import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAULT_KINDS, httpsFault } from './support/fault-kinds.ts';
import { type FaultRig, MAX_ATTEMPTS, startFaultRig } from './support/fault-rig.ts';

const LOCATION_ID = '0c0c0c0c-0000-4000-8000-0000000000f1';
const SERVICES = [
  {
    service: 'Defender indicators',
    tenant: 'tenant-x',
    path: '/api/indicators',
    standin: (rig: FaultRig) => rig.defender,
    isBlocked: (rig: FaultRig, ip: string) => rig.defender.indicators().some((i) => i.indicatorValue === ip),
  },
  {
    service: 'Graph named locations',
    tenant: 'tenant-y',
    path: '/namedLocations',
    standin: (rig: FaultRig) => rig.namedLocations,
    isBlocked: (rig: FaultRig, ip: string) => rig.namedLocations.ranges(LOCATION_ID).includes(`${ip}/32`),
  },
];

/**
 * A block provider fails while an approved block is applied: the card says the block failed, nothing is
 * blocked, the outbox and decisions are audited, the bot answers the next command, and a retry then blocks.
 */
describe.each(SERVICES)('faults: $service', ({ tenant, path, standin, isBlocked }) => {
  let rig: FaultRig;
  let nextIp = 10;
  beforeAll(async () => {
    rig = await startFaultRig();
  });
  afterAll(async () => rig?.close());

  it.each(FAULT_KINDS)('%s while an approved block is applied', async (kind) => {
    const ip = `198.51.100.${nextIp++}`;
    const eventsBefore = (await rig.audit()).length;
    let since = rig.slack.calls.length;
    await rig.command(`block ${tenant} ${ip} seen spraying`, 'U-LEAD');
    const card = await rig.nextPost(since, (text) => text.includes(ip) && text.includes('approve:'));

    standin(rig).inject(httpsFault(kind, path, MAX_ATTEMPTS));
    since = rig.slack.calls.length;
    await rig.press(card, 'approve', 'U-LEAD2');
    const failedCard = await rig.nextPost(since, (text) => text.startsWith(`Block failed: IP ${ip}`));
    expect(JSON.stringify(failedCard.args.blocks)).toContain('retry:');
    expect(isBlocked(rig, ip)).toBe(false);
    standin(rig).clearFaults();

    // The bot still answers, and the failed block can be retried once the service is back.
    since = rig.slack.calls.length;
    await rig.command(`blocks ${tenant}`, 'U-ANALYST');
    await rig.nextPost(since, (text) => text.startsWith('Active blocks'));
    since = rig.slack.calls.length;
    await rig.press(failedCard, 'retry', 'U-LEAD2');
    const done = await rig.nextPost(since, (text) => text.includes(ip) && !text.startsWith('Block failed'));
    expect(String(done.args.text)).toMatch(/^Blocked/);
    expect(isBlocked(rig, ip)).toBe(true);

    const trail = (await rig.audit()).slice(eventsBefore).map((event) => `${event.action}:${event.outcome}`);
    expect(trail).toEqual(
      expect.arrayContaining([
        'block.proposed:ok',
        'block.approved:ok',
        'provider.block.call:started',
        'provider.block.result:failed',
        'block.retry:ok',
        'provider.block.result:ok',
      ]),
    );
    expect(trail.indexOf('provider.block.result:failed')).toBeLessThan(trail.indexOf('provider.block.result:ok'));
  });
});
