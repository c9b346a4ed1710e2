import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHuntops } from '../../src/server/index.ts';
import type { SlackApiStandin } from '../standins/slack-api.ts';
import { type SlackClient, type SlackHuntops, startSlackHuntops } from '../support/slack-client.ts';
import { SLACK_TENANT_YAML } from '../support/test-huntops.ts';

const APPROVERS = '    approvers: { slack: [U-LEAD, U-LEAD2], teams: [aad-lead], console: [lead@demo] }\n';
// tenant-a owns contoso.com and protects its partner portal; tenant-b (channel C2) has its own approver.
const YAML = SLACK_TENANT_YAML.replace(
  APPROVERS,
  `${APPROVERS}    blocking: { ownDomains: [contoso.com], protectedUrlPrefixes: ["https://partner.example.org/app/"] }\n`,
).replace("    hunters: { slack: ['*'] }\n", "    hunters: { slack: ['*'] }\n    approvers: { slack: [U-FAB-LEAD] }\n");

/**
 * `/hunt block <tenant> <ioc>` with domains, URLs and file hashes, as an insider would try it: names that
 * would cut the tenant off (its own domains, Microsoft's, public suffixes, internal hosts), spellings that look
 * different but name the same host, hashes Defender cannot block, ranges too wide; then the four-eyes rule on
 * a domain proposal. Driven through really signed Slack requests against the real server.
 */
describe('security: what /hunt block may propose, and who may decide it', () => {
  let rig: SlackHuntops;
  let slack: SlackApiStandin;
  let huntops: RunningHuntops;
  let client: SlackClient;
  let attacker = 0;
  const proposalsFor = async (indicator: string) =>
    (await huntops.services.blocking.proposals({})).filter((proposal) => proposal.indicator === indicator);

  beforeAll(async () => {
    rig = await startSlackHuntops({ configYaml: YAML });
    ({ slack, huntops, client } = rig);
  });
  afterAll(async () => rig?.close());

  it.each([
    ['the tenant’s own domain', 'vpn.contoso.com'],
    ['a Microsoft service domain', 'login.microsoftonline.com'],
    ['a Microsoft service domain with a trailing dot', 'microsoftonline.com.'],
    ['a URL on a Microsoft service domain', 'https://login.microsoftonline.com/common'],
    ['a URL whose host ends in a dot (the same host)', 'https://login.microsoftonline.com./x'],
    ['a URL whose host ends in an encoded dot', 'https://login.microsoftonline.com%2e/x'],
    ['a URL whose host ends in an ideographic full stop', 'https://login.microsoftonline.com\u3002/x'],
    ['a URL on the own domain, trailing dot', 'https://contoso.com./a'],
    ['a URL on an own subdomain, trailing dot', 'https://vpn.contoso.com./'],
    ['a URL on a Microsoft domain behind user info', 'https://evil.example@login.microsoftonline.com/'],
    ['an upper-case URL on a Microsoft domain', 'HTTPS://LOGIN.MICROSOFTONLINE.COM/'],
    ['a defanged URL on the own domain', 'hxxps://mail[.]contoso[.]com/'],
    ['a protected URL prefix reached through dot segments', 'https://partner.example.org/x/../app/login'],
    ['a public suffix', 'co.uk'],
    ['a private public suffix', 'blogspot.com'],
    ['a single-label internal host', 'fileserver'],
    ['an internal-suffix host', 'dc01.corp'],
    ['an internal-suffix host with a trailing dot', 'https://metadata.google.internal./'],
    ['a loopback URL spelt as a number', 'http://2130706433/'],
    ['a loopback URL spelt in hex', 'http://0x7f.1/'],
    ['a private address inside an IPv4-mapped IPv6 URL', 'https://[::ffff:10.0.0.1]/'],
    ['an MD5 hash', 'd41d8cd98f00b204e9800998ecf8427e'],
    ['a /8', '203.0.0.0/8'],
    ['a private /8', '10.0.0.0/8'],
    ['every IPv4 address', '0.0.0.0/0'],
    ['every IPv6 address', '::/0'],
    ['an IPv6 range wider than /48', '2a00:1450::/32'],
    ['a loopback IPv6 URL', 'http://[::1]/'],
    ['a localhost URL with a trailing dot', 'https://localhost./'],
    ['an own-domain URL on another port', 'http://contoso.com:8080/'],
    ['an own-domain URL behind a backslash', 'https://contoso.com\\@evil.example/'],
    ['a cloud metadata address', 'http://169.254.169.254/latest/meta-data/'],
  ])('refuses %s (%s): no proposal, no card, audited with the reason', async (_, ioc) => {
    attacker++;
    const user = `U-INSIDER-${attacker}`;
    const posted = slack.calls.length;
    const before = (await huntops.services.blocking.proposals({})).length;
    const answer = await client.command(`block tenant-a ${ioc} test`, user, 'C1');
    expect(answer).toMatch(/never blocks it|public suffix|MD5 hash|wider than/);
    expect(await huntops.services.blocking.proposals({})).toHaveLength(before);
    expect(slack.calls.slice(posted).filter((call) => call.method === 'chat.postMessage')).toEqual([]);
    const refused = (await huntops.store.audit.list({ action: 'block.refused' })).filter((e) => e.actor === user);
    expect(refused).toEqual([expect.objectContaining({ outcome: 'refused', tenant: 'tenant-a' })]);
    expect(refused[0].details?.reason).toBe(answer);
  });

  it.each(['*.evil.example', 'evil.example/16', 'javascript://evil.example/%0aalert(1)', 'file:///x', 'a'.repeat(300)])(
    'refuses %s as no indicator at all, audited as a rejected command',
    async (ioc) => {
      attacker++;
      const user = `U-INSIDER-${attacker}`;
      expect(await client.command(`block tenant-a ${ioc}`, user, 'C1')).toMatch(/is not an IPv4 or IPv6 address/);
      const rejected = (await huntops.store.audit.list({ action: 'command.rejected' })).filter((e) => e.actor === user);
      expect(rejected).toHaveLength(1);
    },
  );

  it('a domain proposal needs an approver other than its requester, from a channel of its tenant', async () => {
    await client.command('block tenant-a evil-login.example.net phishing kit', 'U-LEAD', 'C1');
    const card = await client.cardWith('evil-login.example.net');
    const state = async () => (await proposalsFor('evil-login.example.net')).map((proposal) => proposal.state);
    const refusals = async (user: string) =>
      (await huntops.store.audit.list({ action: 'block.approve' })).filter((event) => event.actor === user);

    await client.press('U-LEAD', card, 'approve');
    await expect
      .poll(() => slack.responses.map((response) => String(response.text)))
      .toContainEqual(expect.stringMatching(/another approver|other than|four-eyes|second/i));
    await client.press('U-ANALYST', card, 'approve');
    await expect.poll(async () => (await refusals('U-ANALYST')).length).toBe(1);
    await client.press('U-FABRIKAM', card, 'approve', { channel: 'C2' });
    await expect.poll(async () => (await refusals('U-FABRIKAM')).length).toBe(1);
    await client.press('U-LEAD2', card, 'approve', { channel: 'C2' });
    await expect.poll(async () => (await refusals('U-LEAD2')).length).toBe(1);
    expect(await state()).toEqual(['proposed']);
    expect(await huntops.store.audit.list({ action: 'block.approved' })).toEqual([]);

    await client.press('U-LEAD2', card, 'approve');
    await expect.poll(state).toEqual(['blocked']);
    expect((await huntops.store.audit.list({ action: 'block.approved' })).map((event) => event.actor)).toEqual([
      'U-LEAD2',
    ]);
  });

  it('a hash or URL block cannot be lifted by a hunter who is not an approver, nor from another tenant', async () => {
    const hash = 'a'.repeat(64);
    await client.command(`block tenant-a ${hash} dropper`, 'U-LEAD', 'C1');
    await client.press('U-LEAD2', await client.cardWith(hash), 'approve');
    await expect.poll(async () => (await proposalsFor(hash)).map((proposal) => proposal.state)).toEqual(['blocked']);

    expect(await client.command(`unblock tenant-a ${hash}`, 'U-ANALYST', 'C1')).toBe(
      'you are not an approver for tenant-a',
    );
    expect(await client.command(`unblock tenant-a ${hash}`, 'U-LEAD2', 'C2')).toMatch(/^you may not use tenant/);
    expect(await client.command(`unblock tenant-b ${hash}`, 'U-LEAD2', 'C1')).toMatch(/^you may not use tenant/);
    expect((await proposalsFor(hash)).map((proposal) => proposal.state)).toEqual(['blocked']);
    const refused = await huntops.store.audit.list({ action: 'access.refused' });
    expect(refused.filter((event) => event.details?.command === 'unblock')).toHaveLength(3);
  });

  it('an approver of another tenant cannot decide a proposal by rewriting the button to their tenant', async () => {
    await client.command('block tenant-a cross-tenant.example.net x', 'U-LEAD', 'C1');
    const card = await client.cardWith('cross-tenant.example.net');
    const [proposal] = await proposalsFor('cross-tenant.example.net');
    for (const verb of ['approve', 'deny'])
      await client.press('U-FAB-LEAD', card, verb, {
        channel: 'C2',
        value: JSON.stringify({ verb, proposalId: proposal.id, tenant: 'tenant-b' }),
      });
    await expect
      .poll(async () =>
        [
          ...(await huntops.store.audit.list({ action: 'block.approve' })),
          ...(await huntops.store.audit.list({ action: 'block.deny' })),
        ].filter((event) => event.actor === 'U-FAB-LEAD'),
      )
      .toHaveLength(2);
    expect((await proposalsFor('cross-tenant.example.net')).map((p) => p.state)).toEqual(['proposed']);
    expect(await client.command('unblock tenant-b cross-tenant.example.net', 'U-FAB-LEAD', 'C2')).not.toMatch(
      /U-LEAD|tenant-a/,
    );
  });

  it.each(['__proto__', 'constructor', 'md5', 'toString'])(
    '/hunt blocks tenant-a %s is a plain refusal',
    async (type) => {
      const user = `U-LISTER-${type}`;
      const answer = await client.command(`blocks tenant-a ${type}`, user, 'C1');
      expect(answer).toMatch(/is not an indicator type/);
      expect(answer).not.toMatch(/TypeError|undefined/);
      expect(
        (await huntops.store.audit.list({ action: 'command.rejected' })).filter((e) => e.actor === user),
      ).toHaveLength(1);
    },
  );
});
