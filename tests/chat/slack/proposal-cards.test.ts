import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlackApiStandin, SlackCall } from '../../standins/slack-api.ts';
import { type SlackClient, type SlackHuntops, startSlackHuntops } from '../../support/slack-client.ts';

describe('every card of a proposal shows its state', () => {
  let rig: SlackHuntops;
  let slack: SlackApiStandin;
  let client: SlackClient;
  beforeAll(async () => {
    rig = await startSlackHuntops();
    ({ slack, client } = rig);
  });
  afterAll(async () => rig?.close());

  const huntCards = () =>
    slack.calls.filter(
      (call) => call.method === 'chat.postMessage' && JSON.stringify(call.args.blocks).includes('approve:'),
    );
  const updatesOf = (card: SlackCall) =>
    slack.calls.filter((call) => call.method === 'chat.update' && call.args.ts === card.reply.ts);

  it('approving on one of two hunt cards updates both messages', async () => {
    await client.command('spray tenant-a', 'U-ANALYST', 'C1');
    await expect.poll(() => huntCards().length, { timeout: 20_000 }).toBe(1);
    await client.command('spray tenant-a', 'U-ANALYST2', 'C1');
    await expect.poll(() => huntCards().length, { timeout: 20_000 }).toBe(2);
    const [first, second] = huntCards();
    const proposalOf = (card: SlackCall) => /"action_id":"approve:([^"]+)"/.exec(JSON.stringify(card.args.blocks))?.[1];
    expect(proposalOf(second)).toBe(proposalOf(first));

    await client.press('U-LEAD', second, 'approve');
    for (const card of [first, second]) {
      await expect
        .poll(() => updatesOf(card).map((call) => JSON.stringify(call.args.blocks)))
        .toContainEqual(expect.stringMatching(/[Bb]locked/));
      const latest = JSON.stringify(updatesOf(card).at(-1)?.args.blocks);
      expect(latest).toContain('U-LEAD');
      expect(latest).not.toMatch(/waiting for/i);
      expect(updatesOf(card).at(-1)?.args.channel).toBe('C1');
    }
  });
});
