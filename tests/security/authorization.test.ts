import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHuntops } from '../../src/server/index.ts';
import type { SlackApiStandin } from '../standins/slack-api.ts';
import { type SlackClient, type SlackHuntops, startSlackHuntops } from '../support/slack-client.ts';

/** What every caller reads for a tenant they may not use from where they are, known or not. */
const NOT_YOURS = /^you may not use tenant '.+' from here, or there is no such tenant/;
const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];

/**
 * One authorization rule for every command and button (SLACK_TENANT_YAML: tenant-a is bound to C1 with
 * approvers U-LEAD and U-LEAD2, tenant-b to C2; C-NONE is bound to no tenant). Driven through really signed
 * Slack requests against the real server.
 */
describe('security: who may do what, and what a refusal reveals', () => {
  let rig: SlackHuntops;
  let slack: SlackApiStandin;
  let huntops: RunningHuntops;
  let client: SlackClient;
  const refusals = async (actor: string, action = 'access.refused') =>
    (await huntops.store.audit.list({ action })).filter((event) => event.actor === actor);
  const proposalsFor = async (indicator: string) =>
    (await huntops.services.blocking.proposals({})).filter((proposal) => proposal.indicator === indicator);
  /** The answer with the tenant word the caller typed taken out, to compare answers about different tenants. */
  const answerAbout = async (text: string, tenant: string, user: string, channel: string) =>
    (await client.command(text.replace('{t}', tenant), user, channel)).replaceAll(tenant, '{t}');

  beforeAll(async () => {
    rig = await startSlackHuntops();
    ({ slack, huntops, client } = rig);
  });
  afterAll(async () => rig?.close());

  it('refuses /hunt block from a channel bound to no tenant: no proposal, no card, audited', async () => {
    const answer = await client.command('block tenant-a 198.51.100.77 "x"', 'U-OUTSIDER', 'C-NONE');
    expect(answer).toMatch(NOT_YOURS);
    expect(answer).toContain('this slack channel (C-NONE)');
    expect(await proposalsFor('198.51.100.77')).toEqual([]);
    expect(slack.calls.some((call) => JSON.stringify(call.args).includes('198.51.100.77'))).toBe(false);
    expect(await refusals('U-OUTSIDER')).toEqual([
      expect.objectContaining({
        tenant: 'tenant-a',
        channel: 'C-NONE',
        details: expect.objectContaining({ command: 'block', reason: 'channel not bound to the tenant' }),
      }),
    ]);
  });

  it("does not tell an outsider an IP's state on a tenant, nor who set it", async () => {
    await client.command('block tenant-a 198.51.100.88 seen spraying', 'U-LEAD', 'C1');
    await client.cardWith('198.51.100.88');
    for (const [user, channel] of [
      ['U-OUTSIDER2', 'C-NONE'],
      ['U-FABRIKAM', 'C2'],
    ]) {
      const answer = await client.command('block tenant-a 198.51.100.88 again', user, channel);
      expect(answer).toMatch(NOT_YOURS);
      expect(answer).not.toMatch(/proposed|U-LEAD/);
      expect(await client.command('blocks tenant-a', user, channel)).toMatch(NOT_YOURS);
    }
    expect((await proposalsFor('198.51.100.88')).map((proposal) => proposal.requestedBy)).toEqual(['U-LEAD']);
  });

  it.each(['spray {t}', 'spray {t} 7d', 'blocks {t}', 'block {t} 198.51.100.9 x', 'unblock {t} 198.51.100.9'])(
    'answers "%s" alike for a tenant that exists but is not yours and one that does not exist',
    async (text) => {
      const forbidden = await answerAbout(text, 'tenant-b', 'U-ANALYST', 'C1');
      const unknown = await answerAbout(text, 'tenant-c', 'U-ANALYST', 'C1');
      expect(forbidden).toMatch(/^you may not use tenant '\{t\}'/);
      expect(forbidden).toBe(unknown);
    },
  );

  it('names only the tenants the caller may hunt: no tenant list, no suggestion of another', async () => {
    const missing = await client.command('spray', 'U-ANALYST', 'C1');
    expect(missing).toContain('say which tenant: tenant-a, or all');
    expect(missing).not.toContain('tenant-b');
    expect(await client.command('spray', 'U-OUTSIDER3', 'C-NONE')).not.toMatch(/tenant-[ab]/);
    // `tenant-bx` is one letter from tenant-b: the suggestion comes from what this caller may use.
    const typo = await client.command('spray tenant-bx', 'U-ANALYST', 'C1');
    expect(typo).toMatch(NOT_YOURS);
    expect(typo).toContain("Did you mean 'tenant-a'?");
    expect(typo.replaceAll('tenant-bx', '')).not.toContain('tenant-b');
    const outsider = await client.command('spray tenant-bx', 'U-OUTSIDER3', 'C-NONE');
    expect(outsider.replaceAll('tenant-bx', '')).not.toMatch(/tenant-[ab]/);
  });

  it('refuses a sweep where the caller may hunt nothing, and audits it', async () => {
    const answer = await client.command('spray all', 'U-OUTSIDER4', 'C-NONE');
    expect(answer).toMatch(/^there is no tenant you may hunt from here/);
    expect((await refusals('U-OUTSIDER4')).map((event) => event.details?.command)).toEqual(['sweep']);
  });

  it('lets only approvers unblock, and tells a hunter what is missing', async () => {
    const answer = await client.command('unblock tenant-a 198.51.100.88', 'U-ANALYST', 'C1');
    expect(answer).toBe('you are not an approver for tenant-a');
    expect((await refusals('U-ANALYST')).at(-1)).toMatchObject({
      tenant: 'tenant-a',
      details: { command: 'unblock', reason: 'not an approver' },
    });
  });

  it('checks an approver against the channel binding too: a press from another channel decides nothing', async () => {
    await client.command('block tenant-a 198.51.100.99 x', 'U-LEAD', 'C1');
    const card = await client.cardWith('198.51.100.99');
    await client.press('U-LEAD2', card, 'approve', { channel: 'C2' });
    await expect
      .poll(async () => (await refusals('U-LEAD2', 'block.approve')).map((event) => event.channel))
      .toEqual(['C2']);
    expect((await proposalsFor('198.51.100.99')).map((proposal) => proposal.state)).toEqual(['proposed']);
    expect(await client.command('unblock tenant-a 198.51.100.99', 'U-LEAD2', 'C2')).toMatch(NOT_YOURS);

    await client.press('U-LEAD2', card, 'approve');
    await expect.poll(async () => (await proposalsFor('198.51.100.99')).map((p) => p.state)).toEqual(['blocked']);
  });

  describe.each(PROTOTYPE_KEYS)('a tenant key %s', (key) => {
    const user = `U-PROTO-${key}`;

    it('in a command is the normal refusal, audited', async () => {
      for (const text of ['spray {t}', 'blocks {t}', 'block {t} 198.51.100.9', 'unblock {t} 198.51.100.9'])
        expect(await client.command(text.replace('{t}', key), user, 'C1')).toMatch(NOT_YOURS);
      expect((await refusals(user)).map((event) => event.tenant)).toEqual([key, key, key, key]);
    });

    it('in a button payload is the normal refusal, audited', async () => {
      const card = await client.cardWith('198.51.100.88');
      const proposalId = (await proposalsFor('198.51.100.88'))[0].id;
      const answered = slack.responses.length;
      await client.press('U-LEAD2', card, 'approve', {
        value: JSON.stringify({ verb: 'approve', proposalId, tenant: key }),
      });
      await expect
        .poll(() => slack.responses.slice(answered).map((response) => String(response.text)))
        .toEqual([expect.stringMatching(NOT_YOURS)]);
      const audited = (await refusals('U-LEAD2', 'block.approve')).filter((event) => event.tenant === key);
      expect(audited).toEqual([
        expect.objectContaining({ details: expect.objectContaining({ proposalId, reason: 'unknown tenant' }) }),
      ]);
    });
  });
});
