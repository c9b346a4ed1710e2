import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHuntops } from '../../../src/server/index.ts';
import { type SlackApiStandin, startSlackApiStandin } from '../../standins/slack-api.ts';
import { blockActionBody, slackHeaders, slashCommandBody } from '../../support/slack-signing.ts';
import { startTestHuntops } from '../../support/test-huntops.ts';

const SECRET = 'slack-signing-secret-for-tests-0001';

describe('Slack end to end (real bolt, signed requests, Slack API stand-in)', () => {
  let slack: SlackApiStandin;
  let huntops: RunningHuntops;
  const post = (body: string, headers: Record<string, string>) =>
    fetch(`${huntops.url}/slack/events`, { method: 'POST', body, headers });
  const command = (text: string, user = 'U-ANALYST', channel = 'C1') =>
    slashCommandBody({ text, user, channel, responseUrl: slack.responseUrl() });

  beforeAll(async () => {
    slack = await startSlackApiStandin();
    huntops = await startTestHuntops({
      env: { SLACK_BOT_TOKEN: 'xoxb-test-token-0001', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl },
    });
  });
  afterAll(async () => {
    await huntops?.close();
    await slack?.close();
  });

  it('acknowledges a slash command within 3 s, posts the report, and an approver’s click updates it', async () => {
    const body = command('/hunt spray tenant-a');
    const started = Date.now();
    const ack = await post(body, slackHeaders(SECRET, body));
    const ackMs = Date.now() - started;
    expect(ack.status).toBe(200);
    expect(ackMs).toBeLessThan(3000);
    expect(await ack.json()).toMatchObject({
      response_type: 'ephemeral',
      text: 'Hunting spray on tenant-a (last 24h)…',
    });

    const report = await slack.waitFor(
      (call) => call.method === 'chat.postMessage' && JSON.stringify(call.args.blocks).includes('203.0.113.'),
    );
    expect(report.args.channel).toBe('C1');
    const approve = JSON.stringify(report.args.blocks).match(
      /"action_id":"(approve:[^"]+)","value":"((?:[^"\\]|\\.)*)"/,
    );
    expect(approve).not.toBeNull();
    const value = JSON.parse(`"${approve![2]}"`);
    const ts = String(report.reply.ts);

    const refusedBody = blockActionBody({
      user: 'U-ANALYST',
      channel: 'C1',
      messageTs: ts,
      actionId: approve![1],
      value,
      responseUrl: slack.responseUrl(),
    });
    expect((await post(refusedBody, slackHeaders(SECRET, refusedBody))).status).toBe(200);
    await expect.poll(() => slack.responses.map((r) => r.text)).toContain('you are not an approver for tenant-a');

    const clickBody = blockActionBody({
      user: 'U-LEAD',
      channel: 'C1',
      messageTs: ts,
      actionId: approve![1],
      value,
      responseUrl: slack.responseUrl(),
    });
    expect((await post(clickBody, slackHeaders(SECRET, clickBody))).status).toBe(200);
    const update = await slack.waitFor(
      (call) => call.method === 'chat.update' && JSON.stringify(call.args.blocks).includes('U-LEAD'),
    );
    expect(update.args).toMatchObject({ channel: 'C1', ts });

    // The same correlation id ties the log lines of the approval to its audit events.
    const approval = (await huntops.store.audit.list({ action: 'block.approved' }))[0];
    const messagesFor = (id: string) =>
      (huntops as unknown as { logs: { lines: string[] } }).logs.lines
        .map((line) => JSON.parse(line))
        .filter((line) => line.correlationId === id)
        .map((line) => line.msg);
    await expect.poll(() => messagesFor(approval.correlationId)).toEqual(['request received', 'request handled']);
    expect(JSON.stringify(update.args.blocks)).toMatch(/[Bb]locked/);
  });

  it('answers unknown templates privately with the closest match', async () => {
    const body = command('/hunt spary tenant-a');
    const ack = await post(body, slackHeaders(SECRET, body));
    expect(await ack.json()).toMatchObject({
      text: expect.stringContaining("unknown template 'spary', did you mean 'spray'?"),
    });
  });

  it('refuses a channel that is not mapped to the tenant, and audits it', async () => {
    const body = command('/hunt spray tenant-a', 'U-ANALYST', 'C-OTHER');
    const ack = await post(body, slackHeaders(SECRET, body));
    expect(await ack.json()).toMatchObject({
      text: expect.stringContaining("you may not use tenant 'tenant-a' from here, or there is no such tenant"),
    });
    const refusals = await huntops.store.audit.list({ action: 'access.refused' });
    expect(refusals.some((event) => event.channel === 'C-OTHER')).toBe(true);
  });

  it.each([
    ['a forged signature', (body: string) => ({ ...slackHeaders('wrong-secret', body) })],
    ['a tampered body', (body: string) => slackHeaders(SECRET, `${body}&x=1`)],
    ['a stale timestamp', (body: string) => slackHeaders(SECRET, body, Math.floor(Date.now() / 1000) - 6 * 60)],
    ['a future timestamp', (body: string) => slackHeaders(SECRET, body, Math.floor(Date.now() / 1000) + 6 * 60)],
  ])('refuses %s with 401', async (_name, headersFor) => {
    const body = command('/hunt spray tenant-a');
    const before = slack.calls.length;
    const response = await post(body, headersFor(body));
    expect(response.status).toBe(401);
    expect(slack.calls.length).toBe(before);
  });
});
