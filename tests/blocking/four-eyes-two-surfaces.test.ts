import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consolePost } from '../support/console-client.ts';
import { type SlackHuntops, startSlackHuntops } from '../support/slack-client.ts';
import { SLACK_TENANT_YAML } from '../support/test-huntops.ts';

const SELF_APPROVAL = 'you requested this block; four-eyes needs another approver to approve it';

/** The real server: a block requested on Slack, an approval pressed on the console by the same person. */
describe('four-eyes across two real surfaces', () => {
  let rig: SlackHuntops;
  beforeAll(async () => {
    rig = await startSlackHuntops({
      configYaml: `${SLACK_TENANT_YAML}people:\n  lea: { slack: U-LEAD, console: lead@demo }\n`,
    });
  });
  afterAll(async () => rig?.close());

  it('the Slack requester is refused on the console and audited; another approver on Slack approves', async () => {
    const { huntops, client, slack } = rig;
    await client.command('block tenant-a 203.0.113.7 seen in spray', 'U-LEAD', 'C1');
    const card = await client.cardWith('203.0.113.7');
    const [proposal] = await huntops.services.blocking.proposals({ tenant: 'tenant-a' });
    expect(proposal).toMatchObject({ indicator: '203.0.113.7', requestedBy: 'U-LEAD', state: 'proposed' });

    const answer = await consolePost(huntops.url, 'lead@demo', '/console/api/action', {
      data: { verb: 'approve', proposalId: proposal.id, tenant: 'tenant-a' },
    });
    expect(answer).toContain(SELF_APPROVAL);
    const refused = await huntops.store.audit.list({ action: 'block.approve' });
    expect(refused).toEqual([
      expect.objectContaining({ outcome: 'refused', actor: 'lead@demo', surface: 'console', tenant: 'tenant-a' }),
    ]);
    expect(refused[0].details?.reason).toBe(SELF_APPROVAL);
    expect(await huntops.store.audit.list({ action: 'block.approved' })).toEqual([]);

    await client.press('U-LEAD2', card, 'approve');
    await expect
      .poll(async () => (await huntops.store.audit.list({ action: 'block.approved' })).map((event) => event.actor))
      .toEqual(['U-LEAD2']);
    expect(slack.responses.map((response) => response.text)).not.toContain(SELF_APPROVAL);
  });
});
