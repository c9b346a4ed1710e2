import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHuntops } from '../../../src/server/index.ts';
import { type SlackClient, slackClient } from '../../helpers/slack-client.ts';
import { startTestHuntops } from '../../helpers/test-huntops.ts';
import { type SlackApiStandin, startSlackApiStandin } from '../../standins/slack-api.ts';

const SECRET = 'slack-signing-secret-for-tests-0019';

describe('/hunt blocks names who asked for each block', () => {
  let slack: SlackApiStandin;
  let huntops: RunningHuntops;
  let client: SlackClient;
  beforeAll(async () => {
    slack = await startSlackApiStandin();
    huntops = await startTestHuntops({
      env: { SLACK_BOT_TOKEN: 'xoxb-test-token-0019', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl },
    });
    client = slackClient(huntops, slack, SECRET);
  });
  afterAll(async () => {
    await huntops?.close();
    await slack?.close();
  });

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
