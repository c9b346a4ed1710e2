import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHuntops } from '../../src/server/index.ts';
import { type SlackApiStandin, type SlackCall, startSlackApiStandin } from '../standins/slack-api.ts';
import { blockActionBody, slackHeaders, slashCommandBody } from '../support/slack-signing.ts';
import { startTestHuntops } from '../support/test-huntops.ts';

const SECRET = 'slack-signing-secret-for-security-01';
const now = () => Math.floor(Date.now() / 1000);

/** Hostile Slack traffic against the real server: every request is refused, and audited once it reached the bot. */
describe('security: Slack requests, access and approvals', () => {
  let slack: SlackApiStandin;
  let huntops: RunningHuntops;
  const post = (body: string, headers: Record<string, string>) =>
    fetch(`${huntops.url}/slack/events`, { method: 'POST', body, headers });
  const command = (text: string, user = 'U-ANALYST', channel = 'C1') =>
    slashCommandBody({ text, user, channel, responseUrl: slack.responseUrl() });
  const signedCommand = async (text: string, user?: string, channel?: string) => {
    const body = command(text, user, channel);
    const response = await post(body, slackHeaders(SECRET, body));
    const raw = await response.text();
    return { status: response.status, text: raw ? String((JSON.parse(raw) as { text?: string }).text ?? '') : '' };
  };
  const press = async (user: string, card: SlackCall, verb: 'approve' | 'deny' = 'approve') => {
    const match = JSON.stringify(card.args.blocks).match(
      new RegExp(`"action_id":"(${verb}:[^"]+)","value":"((?:[^"\\\\]|\\\\.)*)"`),
    );
    if (!match) throw new Error(`no ${verb} button on the card`);
    const body = blockActionBody({
      user,
      channel: String(card.args.channel),
      messageTs: String(card.reply.ts),
      actionId: match[1],
      value: JSON.parse(`"${match[2]}"`),
      responseUrl: slack.responseUrl(),
    });
    const response = await post(body, slackHeaders(SECRET, body));
    expect(response.status).toBe(200);
  };
  const audit = (action: string) => huntops.store.audit.list({ action });
  const isSentinelPost = (call: SlackCall) =>
    call.method === 'chat.postMessage' && JSON.stringify(call.args).includes('hunts by MITRE');
  /**
   * A signed `list` from another user, answered with a post: once it is there, whatever a refused request had set
   * off would be too, so "nothing posted" is checked against a real event rather than a pause.
   */
  const answeredAfter = async () => {
    const since = slack.calls.length;
    await signedCommand('list', 'U-SENTINEL');
    await expect.poll(() => slack.calls.slice(since).some(isSentinelPost)).toBe(true);
  };
  const postsBesidesSentinel = (before: number) =>
    slack.calls.slice(before).filter((call) => call.method !== 'auth.test' && !isSentinelPost(call));
  const cardWith = (text: string) =>
    slack.waitFor((call) => call.method === 'chat.postMessage' && JSON.stringify(call.args.blocks).includes(text));

  beforeAll(async () => {
    slack = await startSlackApiStandin();
    huntops = await startTestHuntops({
      env: { SLACK_BOT_TOKEN: 'xoxb-security-0001', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl },
    });
  });
  afterAll(async () => {
    await huntops?.close();
    await slack?.close();
  });

  describe('request authenticity (refused before the bot: nothing posted, nothing audited)', () => {
    it.each([
      ['a forged signature', (body: string) => slackHeaders('not-the-secret', body)],
      ['a tampered body', (body: string) => slackHeaders(SECRET, body.replace('tenant-a', 'tenant-b'))],
      ['no signature', (body: string) => ({ ...slackHeaders(SECRET, body), 'x-slack-signature': '' })],
      ['a stale timestamp', (body: string) => slackHeaders(SECRET, body, now() - 6 * 60)],
      ['a future timestamp', (body: string) => slackHeaders(SECRET, body, now() + 6 * 60)],
    ])('refuses %s with 401', async (_name, headersFor) => {
      const body = command('/hunt spray tenant-a', 'U-FORGER');
      const callsBefore = slack.calls.length;
      const response = await post(body, headersFor(body));
      expect(response.status).toBe(401);
      await answeredAfter();
      expect(postsBesidesSentinel(callsBefore)).toEqual([]);
      const events = await huntops.store.audit.list();
      expect(events.some((event) => event.actor === 'U-FORGER')).toBe(false);
    });

    it('refuses an exact replay of an authentic request within the window, and runs the command once', async () => {
      const body = command('/hunt tenants', 'U-REPLAY');
      const headers = slackHeaders(SECRET, body);
      const first = await post(body, headers);
      expect(first.status).toBe(200);
      await slack.waitFor(
        (call) => call.method === 'chat.postMessage' && JSON.stringify(call.args).includes('tenant-a'),
      );
      const postsAfterFirst = slack.calls.length;
      const replay = await post(body, headers);
      expect(replay.status).toBe(401);
      expect(await replay.text()).toContain('replayed');
      await answeredAfter();
      expect(postsBesidesSentinel(postsAfterFirst)).toEqual([]);
      // The same command signed afresh (a new timestamp) is a new request, not a replay.
      const earlier = Number(headers['x-slack-request-timestamp']) - 1;
      expect((await post(body, slackHeaders(SECRET, body, earlier))).status).toBe(200);
    });

    it('refuses a 10 MB body with 413 without reading it into the bot', async () => {
      const body = command(`spray tenant-a ${'x'.repeat(10 * 1024 * 1024)}`, 'U-HUGE');
      const response = await post(body, slackHeaders(SECRET, body));
      expect(response.status).toBe(413);
      expect(slack.calls.some((call) => JSON.stringify(call.args).includes('U-HUGE'))).toBe(false);
    });
  });

  describe('hostile commands (answered privately, audited)', () => {
    it('refuses 100 KB of command text with a clear message and audits the rejection', async () => {
      const answer = await signedCommand(`spray tenant-a ${'A'.repeat(100 * 1024)}`, 'U-LONG');
      expect(answer.status).toBe(200);
      expect(answer.text).toContain('commands are at most 2000');
      const rejected = await audit('command.rejected');
      expect(rejected.some((event) => event.actor === 'U-LONG')).toBe(true);
    });

    it('refuses a channel hunting a tenant it is not mapped to, and audits it', async () => {
      const answer = await signedCommand('spray tenant-b', 'U-ANALYST', 'C1');
      expect(answer.text).toContain("you may not use tenant 'tenant-b' from here, or there is no such tenant");
      const refused = await audit('access.refused');
      expect(refused.some((event) => event.channel === 'C1' && event.tenant === 'tenant-b')).toBe(true);
    });

    it.each([
      ['a pipe into another query', 'U-INJ1', 'minFailedUsersFromIP=5|take 1'],
      ['a quoted break-out', 'U-INJ2', 'minFailedUsersFromIP=5");SigninLogs|take 1//'],
      ['a statement separator', 'U-INJ3', 'correlationWindow=15m;print 1'],
      ['a KQL comment', 'U-INJ4', 'maxSuccessfulUsersFromIP=3//'],
      ['a let statement', 'U-INJ5', 'correlationWindow=let x=1'],
    ])(
      'refuses KQL injection through a parameter (%s): told why, audited, no query runs',
      async (_n, user, parameter) => {
        await expectRefusedInjection(user, `spray tenant-a ${parameter}`);
      },
    );

    it('refuses KQL injection through an IP-list parameter', async () => {
      await expectRefusedInjection('U-INJ6', 'bruteforce tenant-a ignoredIPs=10.0.0.1"]);SigninLogs');
    });

    /**
     * Injection is refused either by the grammar (a private answer, `command.rejected`) or by the typed
     * parameter check before the backend is asked (an error card naming the parameter, `hunt.run` failed).
     */
    async function expectRefusedInjection(user: string, text: string) {
      const answer = await signedCommand(text, user);
      expect(answer.status).toBe(200);
      const refusal = async () =>
        (await huntops.store.audit.list()).find(
          (event) =>
            event.actor === user &&
            ((event.action === 'command.rejected' && event.outcome === 'refused') ||
              (event.action === 'hunt.run' && event.outcome === 'failed')),
        );
      await expect.poll(refusal).toBeDefined();
      const event = await refusal();
      const parameter = /(\w+)=/.exec(text)?.[1] ?? '';
      if (event?.action === 'hunt.run') {
        // The error card posted to the channel names the parameter that was refused.
        expect(String(event.details?.message)).toContain(parameter);
        await slack.waitFor(
          (call) => call.method === 'chat.postMessage' && JSON.stringify(call.args.blocks).includes(parameter),
        );
      } else expect(answer.text).toMatch(/neither a window|parameter|unknown/);
      const ran = (await huntops.store.audit.list({ action: 'hunt.run' })).filter((e) => e.actor === user);
      expect(ran.some((e) => e.outcome === 'ok')).toBe(false);
    }
  });

  describe('approvals', () => {
    it('refuses a non-approver, and the proposal stays proposed', async () => {
      expect((await signedCommand('spray tenant-a', 'U-ANALYST')).text).toMatch(/^Hunting/);
      const card = await cardWith('203.0.113.');
      await press('U-ANALYST', card);
      await expect.poll(() => slack.responses.map((r) => r.text)).toContain('you are not an approver for tenant-a');
      const refusals = await audit('block.approve');
      expect(refusals.some((event) => event.actor === 'U-ANALYST' && event.outcome === 'refused')).toBe(true);
      expect((await audit('block.approved')).length).toBe(0);
      expect((await audit('block.approval')).length).toBe(0);
    });

    it('refuses a requester approving their own block (four-eyes), then another approver may', async () => {
      const answer = await signedCommand('block tenant-a 198.51.100.77 seen spraying', 'U-LEAD');
      expect(answer.status).toBe(200);
      const card = await cardWith('198.51.100.77');
      await press('U-LEAD', card);
      await expect
        .poll(() => slack.responses.map((r) => r.text))
        .toContain('you requested this block; four-eyes needs another approver to approve it');
      const own = (await audit('block.approve')).filter((event) => event.actor === 'U-LEAD');
      expect(own.map((event) => event.outcome)).toEqual(['refused']);

      await press('U-LEAD2', card);
      await expect.poll(async () => (await audit('block.approved')).map((event) => event.actor)).toEqual(['U-LEAD2']);
    });
  });
});
