import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHuntops } from '../../src/server/index.ts';
import type { SlackApiStandin } from '../standins/slack-api.ts';
import { type SlackClient, type SlackHuntops, startSlackHuntops } from '../support/slack-client.ts';

const SELF_APPROVAL = 'you requested this block; four-eyes needs another approver to approve it';

/** Four-eyes counts who set a block in motion, whether they typed `/hunt block` or ran the hunt that proposed it. */
describe('security: four-eyes on the blocks a hunt proposes', () => {
  let rig: SlackHuntops;
  let slack: SlackApiStandin;
  let huntops: RunningHuntops;
  let client: SlackClient;

  beforeAll(async () => {
    rig = await startSlackHuntops();
    ({ slack, huntops, client } = rig);
  });
  afterAll(async () => rig?.close());

  it('an approver who ran /hunt spray cannot approve its proposal alone; the card says who is still needed', async () => {
    expect(await client.command('spray tenant-a', 'U-LEAD', 'C1')).toMatch(/^Hunting/);
    const card = await client.cardWith('203.0.113.');
    const proposals = await huntops.services.blocking.proposals({ tenant: 'tenant-a' });
    expect(proposals.length).toBeGreaterThan(0);
    expect(proposals.map((proposal) => proposal.requestedBy)).toEqual(proposals.map(() => 'U-LEAD'));
    expect(JSON.stringify(card.args.blocks)).toContain('Block proposed: waiting for an approver other than U-LEAD');
    const proposed = await huntops.store.audit.list({ action: 'block.proposed' });
    expect(proposed.map((event) => event.actor)).toEqual(proposals.map(() => 'U-LEAD'));

    await client.press('U-LEAD', card, 'approve');
    await expect.poll(() => slack.responses.map((response) => response.text)).toContain(SELF_APPROVAL);
    const states = async () => (await huntops.services.blocking.proposals({ tenant: 'tenant-a' })).map((p) => p.state);
    expect(await states()).not.toContain('blocked');
    expect(await huntops.store.audit.list({ action: 'block.approved' })).toEqual([]);

    await client.press('U-LEAD2', card, 'approve');
    await expect
      .poll(async () => (await huntops.store.audit.list({ action: 'block.approved' })).map((e) => e.actor))
      .toEqual(['U-LEAD2']);
    await expect.poll(states).toContain('blocked');
  });
});
