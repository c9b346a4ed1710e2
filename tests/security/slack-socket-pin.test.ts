import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SlackApiStandin, startSlackApiStandin } from '../standins/slack-api.ts';
import { slashCommandBody } from '../support/slack-signing.ts';
import { SLACK_TENANT_YAML, startTestHuntops } from '../support/test-huntops.ts';

const APP_TOKEN = 'xapp-1-A1-socket-pin-test-0001';
const PIN_YAML = `${SLACK_TENANT_YAML}slack:\n  appId: A1\n  teamIds: [T1]\n`;

/** Socket Mode has no request signature at all: the app/workspace pin is what keeps other installs out. */
describe('security: Slack Socket Mode keeps to the pinned app and workspace', () => {
  let slack: SlackApiStandin;
  let huntops: Awaited<ReturnType<typeof startTestHuntops>>;
  const deliverCommand = (user: string, fields: Record<string, string>) =>
    slack.socketMode.deliver('slash_commands', {
      ...Object.fromEntries(
        new URLSearchParams(
          slashCommandBody({ text: 'spray tenant-a', user, channel: 'C1', responseUrl: slack.responseUrl() }),
        ),
      ),
      ...fields,
    });
  const eventsOf = async (actor: string) => (await huntops.store.audit.list()).filter((event) => event.actor === actor);

  beforeAll(async () => {
    slack = await startSlackApiStandin({ appToken: APP_TOKEN });
    huntops = await startTestHuntops({
      configYaml: PIN_YAML,
      env: { SLACK_BOT_TOKEN: 'xoxb-socket-pin-0001', SLACK_APP_TOKEN: APP_TOKEN, SLACK_API_URL: slack.apiUrl },
    });
  });
  afterAll(async () => {
    await huntops?.close();
    await slack?.close();
  });

  it.each([
    ['another app', 'U-SOCKET-APP', { api_app_id: 'A2' }, { appId: 'A2' }],
    ['another workspace', 'U-SOCKET-TEAM', { team_id: 'T9' }, { teamId: 'T9' }],
  ])('acknowledges a command from %s without running it, and audits the refusal', async (_n, user, fields, seen) => {
    const ack = await slack.socketMode.waitForAck(deliverCommand(user, fields));
    expect(ack.payload?.text).toBeUndefined();
    await expect
      .poll(async () => (await eventsOf(user)).map((event) => [event.action, event.outcome]))
      .toEqual([['request.refused', 'refused']]);
    expect((await eventsOf(user))[0].details).toMatchObject(seen);
  });

  it('runs a command from the pinned app and workspace', async () => {
    const ack = await slack.socketMode.waitForAck(deliverCommand('U-SOCKET-OK', {}));
    expect(ack.payload).toMatchObject({ text: expect.stringMatching(/^Hunting spray on tenant-a/) });
  });
});
