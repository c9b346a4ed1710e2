import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHuntops } from '../../src/server/index.ts';
import { type SlackApiStandin, startSlackApiStandin } from '../standins/slack-api.ts';
import { blockActionBody, slackHeaders, slashCommandBody } from '../support/slack-signing.ts';
import { SLACK_TENANT_YAML, startTestHuntops } from '../support/test-huntops.ts';

const SECRET = 'slack-signing-secret-for-replay-01';
const PIN_YAML = `${SLACK_TENANT_YAML}slack:\n  appId: A1\n  teamIds: [T1]\n`;

/** Signed Slack requests re-sent in another spelling, and signed requests from another app or workspace. */
describe('security: Slack signature spellings, replays and the app/workspace pin', () => {
  let slack: SlackApiStandin;
  let huntops: RunningHuntops;
  const post = (body: string, headers: Record<string, string>) =>
    fetch(`${huntops.url}/slack/events`, { method: 'POST', body, headers });
  const command = (text: string, user: string) =>
    slashCommandBody({ text, user, channel: 'C1', responseUrl: slack.responseUrl() });
  const eventsOf = async (actor: string) => (await huntops.store.audit.list()).filter((event) => event.actor === actor);

  beforeAll(async () => {
    slack = await startSlackApiStandin();
    huntops = await startTestHuntops({
      configYaml: PIN_YAML,
      env: { SLACK_BOT_TOKEN: 'xoxb-replay-0001', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl },
    });
  });
  afterAll(async () => {
    await huntops?.close();
    await slack?.close();
  });

  it('runs a signed request once: the same signature with `=1`, `=2` appended, or re-cased, is refused', async () => {
    const body = command('block tenant-a 198.51.100.77 spraying', 'U-LEAD');
    const headers = slackHeaders(SECRET, body);
    const signature = headers['x-slack-signature'];
    expect((await post(body, headers)).status).toBe(200);
    for (const respelt of [
      `${signature}=1`,
      `${signature}=2`,
      `${signature}=`,
      signature.toUpperCase(),
      `${signature} `,
    ])
      expect((await post(body, { ...headers, 'x-slack-signature': respelt })).status).toBe(401);
    expect((await post(body, headers)).status).toBe(401);
    await expect.poll(async () => (await eventsOf('U-LEAD')).length).toBeGreaterThan(0);
    const proposals = await huntops.services.blocking.proposals({ tenant: 'tenant-a' });
    expect(proposals.filter((proposal) => proposal.indicator === '198.51.100.77')).toHaveLength(1);
  });

  it.each([
    ['a version other than v0', (s: string) => s.replace('v0=', 'v1=')],
    ['a short hash', (s: string) => s.slice(0, -2)],
    ['two signatures', (s: string) => `${s}, ${s}`],
  ])('refuses a signature header with %s', async (_name, respell) => {
    const body = command('tenants', 'U-SPELL');
    const headers = slackHeaders(SECRET, body);
    expect((await post(body, { ...headers, 'x-slack-signature': respell(headers['x-slack-signature']) })).status).toBe(
      401,
    );
  });

  it.each([
    ['with a leading zero', (t: string) => `0${t}`],
    ['with a plus sign', (t: string) => `+${t}`],
    ['in exponent form', (t: string) => Number(t).toExponential()],
    ['with a fraction', (t: string) => `${t}.0`],
  ])('refuses a timestamp header %s', async (_name, respell) => {
    const body = command('tenants', 'U-TIME');
    const headers = slackHeaders(SECRET, body);
    const timestamp = respell(headers['x-slack-request-timestamp']);
    expect((await post(body, { ...headers, 'x-slack-request-timestamp': timestamp })).status).toBe(401);
  });

  it('drops a signed slash command from another Slack app, and audits it', async () => {
    const body = command('block tenant-a 198.51.100.99 from elsewhere', 'U-OTHER-APP').replace(
      'api_app_id=A1',
      'api_app_id=A2',
    );
    const response = await post(body, slackHeaders(SECRET, body));
    expect(response.status).toBe(200);
    await expect
      .poll(async () => (await eventsOf('U-OTHER-APP')).map((event) => [event.action, event.outcome]))
      .toEqual([['request.refused', 'refused']]);
    expect((await eventsOf('U-OTHER-APP'))[0].details).toMatchObject({ appId: 'A2' });
    const proposals = await huntops.services.blocking.proposals({ tenant: 'tenant-a' });
    expect(proposals.some((proposal) => proposal.indicator === '198.51.100.99')).toBe(false);
  });

  it('drops a signed button press from another workspace, and audits it', async () => {
    const form = new URLSearchParams(
      blockActionBody({
        user: 'U-OTHER-TEAM',
        channel: 'C1',
        messageTs: '1700000000.000100',
        actionId: 'approve:x',
        value: JSON.stringify({ proposalId: '00000000-0000-4000-8000-000000000000', tenant: 'tenant-a' }),
        responseUrl: slack.responseUrl(),
      }),
    );
    const payload = JSON.parse(form.get('payload') ?? '{}');
    const body = new URLSearchParams({
      payload: JSON.stringify({
        ...payload,
        team: { id: 'T9', domain: 'elsewhere' },
        user: { ...payload.user, team_id: 'T9' },
      }),
    }).toString();
    expect((await post(body, slackHeaders(SECRET, body))).status).toBe(200);
    await expect
      .poll(async () => (await eventsOf('U-OTHER-TEAM')).map((event) => [event.action, event.outcome]))
      .toEqual([['request.refused', 'refused']]);
    expect((await eventsOf('U-OTHER-TEAM'))[0].details).toMatchObject({ teamId: 'T9' });
  });
});
