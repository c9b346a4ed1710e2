import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHuntops } from '../../../src/server/index.ts';
import type { SlackApiStandin } from '../../standins/slack-api.ts';
import { type SlackClient, type SlackHuntops, startSlackHuntops } from '../../support/slack-client.ts';

describe('/hunt blocks names who asked for each block', () => {
  let rig: SlackHuntops;
  let slack: SlackApiStandin;
  let huntops: RunningHuntops;
  let client: SlackClient;
  beforeAll(async () => {
    rig = await startSlackHuntops();
    ({ slack, huntops, client } = rig);
  });
  afterAll(async () => rig?.close());

  it('the requester, not the approver', async () => {
    await client.command('block tenant-a 198.51.100.77 "seen spraying"', 'U-ANALYST', 'C1');
    const proposal = await client.cardWith('198.51.100.77');
    await client.press('U-LEAD', proposal, 'approve');
    await expect.poll(async () => (await huntops.services.blocking.activeBlocks('tenant-a')).length).toBe(1);

    await client.command('blocks tenant-a', 'U-ANALYST', 'C1');
    const list = await slack.waitFor(
      (call) => call.method === 'chat.postMessage' && JSON.stringify(call.args.blocks).includes('requested by'),
    );
    expect(JSON.stringify(list.args.blocks)).toContain('requested by U-ANALYST');
    expect(JSON.stringify(list.args.blocks)).not.toContain('requested by U-LEAD');
  });
});
