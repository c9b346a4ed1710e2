import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SlackApiStandin, startSlackApiStandin } from '../../standins/slack-api.ts';
import { blockActionBody, slashCommandBody } from '../../support/slack-signing.ts';
import { startTestHuntops } from '../../support/test-huntops.ts';

const APP_TOKEN = 'xapp-1-A1-socket-mode-test-0001';

/** Socket Mode carries the same fields as the HTTP form post, as a JSON object instead. */
const slashCommandPayload = (fields: Parameters<typeof slashCommandBody>[0]) =>
  Object.fromEntries(new URLSearchParams(slashCommandBody(fields)));
const blockActionPayload = (fields: Parameters<typeof blockActionBody>[0]) =>
  JSON.parse(new URLSearchParams(blockActionBody(fields)).get('payload') ?? '');

describe('Slack Socket Mode end to end (real bolt SocketModeReceiver, Socket Mode stand-in)', () => {
  let slack: SlackApiStandin;
  let huntops: Awaited<ReturnType<typeof startTestHuntops>>;

  const hunt = (text: string, channel = 'C1', user = 'U-ANALYST') =>
    slack.socketMode.deliver(
      'slash_commands',
      slashCommandPayload({ text, user, channel, responseUrl: slack.responseUrl() }),
    );
  const reportIn = (channel: string, after: number) =>
    slack.waitFor(
      (call) =>
        call.method === 'chat.postMessage' &&
        call.args.channel === channel &&
        call.args.thread_ts === undefined &&
        slack.calls.indexOf(call) >= after,
    );
  const opens = () => slack.calls.filter((call) => call.method === 'apps.connections.open');

  beforeAll(async () => {
    slack = await startSlackApiStandin({ appToken: APP_TOKEN });
    // No SLACK_SIGNING_SECRET: Socket Mode has no request signing, so it must not be required.
    huntops = await startTestHuntops({
      env: { SLACK_BOT_TOKEN: 'xoxb-test-token-0001', SLACK_APP_TOKEN: APP_TOKEN, SLACK_API_URL: slack.apiUrl },
    });
  });
  afterAll(async () => {
    await huntops?.close();
    await slack?.close();
  });

  const slackReadiness = async () => {
    const response = await fetch(`${huntops.url}/readyz`);
    const { checks } = (await response.json()) as { checks: { name: string }[] };
    return { status: response.status, check: checks.find((check) => check.name === 'surface:slack') };
  };

  it('connects with the app token before start-up finishes, reports slack ready, and serves no HTTP endpoint', async () => {
    expect(opens()).toHaveLength(1);
    expect(opens()[0].reply).toMatchObject({
      ok: true,
      url: expect.stringMatching(/^ws:\/\/127\.0\.0\.1:\d+\/link\//),
    });
    expect(slack.socketMode.connections).toHaveLength(1);

    const ready = await fetch(`${huntops.url}/readyz`);
    expect(ready.status).toBe(200);
    expect((await ready.json()).checks).toContainEqual({ name: 'surface:slack', ok: true });
    // Unsigned HTTP requests have nothing to reach in Socket Mode.
    expect((await fetch(`${huntops.url}/slack/events`, { method: 'POST', body: 'x=1' })).status).toBe(404);
  });

  it('acknowledges /hunt with the ack payload, posts the report, refuses a non-approver and lets the approver block', async () => {
    const before = slack.calls.length;
    const envelopeId = hunt('spray tenant-a');
    const ack = await slack.socketMode.waitForAck(envelopeId);
    expect(ack.payload).toMatchObject({ response_type: 'ephemeral', text: 'Hunting spray on tenant-a (last 24h)…' });

    const report = await reportIn('C1', before);
    expect(report.reply.ok).toBe(true); // posted with the bot token: the stand-in refuses the app token there
    const approve = JSON.stringify(report.args.blocks).match(
      /"action_id":"(approve:[^"]+)","value":"((?:[^"\\]|\\.)*)"/,
    );
    expect(approve).not.toBeNull();
    const press = (user: string) =>
      slack.socketMode.deliver(
        'interactive',
        blockActionPayload({
          user,
          channel: 'C1',
          messageTs: String(report.reply.ts),
          actionId: approve![1],
          value: JSON.parse(`"${approve![2]}"`),
          responseUrl: slack.responseUrl(),
        }),
      );

    // The requester is no approver: told privately over response_url, the card stays as it was.
    const refused = press('U-ANALYST');
    expect((await slack.socketMode.waitForAck(refused)).payload).toEqual({});
    await expect
      .poll(() => slack.responses.map((response) => response.text))
      .toContain('you are not an approver for tenant-a');
    expect(slack.calls.some((call) => call.method === 'chat.update')).toBe(false);

    // A different person who is an approver (four-eyes) blocks, and everyone's card says so.
    await slack.socketMode.waitForAck(press('U-LEAD'));
    const update = await slack.waitFor(
      (call) => call.method === 'chat.update' && JSON.stringify(call.args.blocks).includes('U-LEAD'),
    );
    expect(update.args).toMatchObject({ channel: 'C1', ts: report.reply.ts });
    expect(JSON.stringify(update.args.blocks)).toMatch(/[Bb]locked/);
  });

  it('reconnects through a fresh apps.connections.open after disconnect (refresh_requested) and keeps working', async () => {
    slack.socketMode.disconnect('refresh_requested');
    await slack.socketMode.waitForConnection(2);
    expect(opens()).toHaveLength(2); // the old URL's ticket is spent: a reconnect has to ask for a new one

    const before = slack.calls.length;
    const envelopeId = hunt('spray tenant-b', 'C2');
    expect((await slack.socketMode.waitForAck(envelopeId)).payload).toMatchObject({
      text: 'Hunting spray on tenant-b (last 24h)…',
    });
    const report = await reportIn('C2', before);
    expect(report.reply.ok).toBe(true);
  });

  it('keeps trying when apps.connections.open fails during a refresh, and reconnects once Slack answers again', async () => {
    const connected = slack.socketMode.connections.length;
    // Three resets use up the client's own attempts (1 + 2 retries), so its reconnect fails as a whole.
    slack.fault('apps.connections.open', 'reset', 3);
    slack.socketMode.disconnect('refresh_requested');
    // Meanwhile Slack cannot reach the bot: readiness says so, and says it again once the socket is back.
    await expect
      .poll(() => slackReadiness(), { timeout: 10_000 })
      .toMatchObject({ status: 503, check: { ok: false, error: expect.stringMatching(/Socket Mode connection is/) } });
    await slack.socketMode.waitForConnection(connected + 1, 25_000);
    await expect.poll(() => slackReadiness()).toMatchObject({ status: 200, check: { ok: true } });

    const envelopeId = hunt('spary tenant-a');
    expect((await slack.socketMode.waitForAck(envelopeId)).payload).toMatchObject({
      text: expect.stringContaining("unknown template 'spary', did you mean 'spray'?"),
    });
    expect(huntops.logs.lines.some((line) => line.includes('socket mode reconnect failed'))).toBe(true);
  });

  it('audits the hunts, the refusal and the approval with the Slack users who did them', async () => {
    const trail = async () =>
      (await huntops.store.audit.list())
        .filter((event) => event.surface === 'slack')
        .map(({ action, outcome, actor, tenant, channel }) => ({ action, outcome, actor, tenant, channel }));
    await expect.poll(trail).toEqual(
      expect.arrayContaining([
        { action: 'hunt.run', outcome: 'ok', actor: 'U-ANALYST', tenant: 'tenant-a', channel: 'C1' },
        { action: 'block.approve', outcome: 'refused', actor: 'U-ANALYST', tenant: 'tenant-a', channel: 'C1' },
        { action: 'block.approved', outcome: 'ok', actor: 'U-LEAD', tenant: 'tenant-a', channel: 'C1' },
        { action: 'hunt.run', outcome: 'ok', actor: 'U-ANALYST', tenant: 'tenant-b', channel: 'C2' },
      ]),
    );
    const blocked = await huntops.store.audit.list({ action: 'provider.block.result' });
    expect(blocked.map((event) => [event.outcome, event.actor])).toEqual([['ok', 'U-LEAD']]);
  });
});
