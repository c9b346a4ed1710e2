import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SWEEP_CONCURRENCY } from '../../src/chat/index.ts';
import type { RunningHuntops } from '../../src/server/index.ts';
import { fixtureDir } from '../backends/harness.ts';
import { slackHeaders, slashCommandBody } from '../helpers/slack-signing.ts';
import { startTestHuntops } from '../helpers/test-huntops.ts';
import { type EntraTokenStandin, startEntraTokenStandin } from '../standins/entra-token.ts';
import type { Standin } from '../standins/https-standin.ts';
import { startLogAnalyticsStandin } from '../standins/log-analytics.ts';
import { type SlackApiStandin, startSlackApiStandin } from '../standins/slack-api.ts';
import { testTls } from '../standins/tls.ts';

const TENANTS = 50;
const QUERY_MS = 1500;
const FAILING = 13;
const CLIENT_ID = '5a5a5a5a-0000-4000-8000-00000000aaaa';
const SECRET = 'slack-signing-secret-sweep-0001';
const pad = (n: number) => String(n).padStart(2, '0');
const guid = (prefix: string, n: number) => `${prefix}-0000-4000-8000-0000000000${pad(n)}`;

describe('a sweep over 50 tenants', () => {
  let entra: EntraTokenStandin;
  let logAnalytics: Standin;
  let slack: SlackApiStandin;
  let huntops: RunningHuntops;

  beforeAll(async () => {
    entra = await startEntraTokenStandin({ clients: [{ clientId: CLIENT_ID, secret: 'sweep-secret' }] });
    const workspaces = Object.fromEntries(
      Array.from({ length: TENANTS }, (_, n) => n)
        .filter((n) => n !== FAILING)
        .map((n) => [guid('aaaaaaaa', n), fixtureDir('workspace-a')]),
    );
    logAnalytics = await startLogAnalyticsStandin({ workspaces });
    logAnalytics.inject({ kind: 'slow', delayMs: QUERY_MS, times: 10_000 });
    slack = await startSlackApiStandin();
    const tenants = Array.from({ length: TENANTS }, (_, n) =>
      [
        `  t${pad(n)}:`,
        `    displayName: Customer ${pad(n)}`,
        `    entraTenantId: ${guid('bbbbbbbb', n)}`,
        '    backend: logAnalytics',
        `    logAnalytics: { workspaceId: ${guid('aaaaaaaa', n)} }`,
        `    credentials: { kind: clientSecret, clientId: ${CLIENT_ID}, secretEnv: SWEEP_CLIENT_SECRET }`,
        `    cloud: { authorityHost: '${entra.url}', logAnalyticsEndpoint: '${logAnalytics.url}/v1', caFile: '${testTls().caFile}' }`,
        '    channels: { slack: [C1] }',
        "    hunters: { slack: ['*'] }",
      ].join('\n'),
    );
    huntops = await startTestHuntops({
      configYaml: `tenants:\n${tenants.join('\n')}\n`,
      env: {
        SWEEP_CLIENT_SECRET: 'sweep-secret',
        SLACK_BOT_TOKEN: 'xoxb-sweep',
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: slack.apiUrl,
      },
    });
  }, 60_000);
  afterAll(async () => {
    await huntops?.close();
    await Promise.all([entra?.close(), logAnalytics?.close(), slack?.close()]);
  });

  it('finishes within 1.2× the ideal time for its concurrency, shows progress, and one failing tenant fails alone', async () => {
    const body = slashCommandBody({
      text: '/hunt spray all',
      user: 'U1',
      channel: 'C1',
      responseUrl: slack.responseUrl(),
    });
    const started = Date.now();
    const ack = await fetch(`${huntops.url}/slack/events`, {
      method: 'POST',
      body,
      headers: slackHeaders(SECRET, body),
    });
    expect(await ack.json()).toMatchObject({ text: expect.stringContaining(`on ${TENANTS} tenants`) });
    const final = await slack.waitFor(
      (call) => call.method === 'chat.update' && String(call.args.text).includes(`${TENANTS}/${TENANTS} tenants done`),
      60_000,
    );
    const elapsed = Date.now() - started;
    const ideal = Math.ceil(TENANTS / SWEEP_CONCURRENCY) * QUERY_MS;
    console.log(
      `[sweep] ${TENANTS} tenants, concurrency ${SWEEP_CONCURRENCY}, ${QUERY_MS} ms per query: ${elapsed} ms (ideal ${ideal} ms, ratio ${(elapsed / ideal).toFixed(2)})`,
    );
    expect(elapsed).toBeLessThanOrEqual(ideal * 1.2);

    const progress = slack.calls.filter((call) => call.method === 'chat.update' && call !== final);
    expect(progress.length).toBeGreaterThanOrEqual(2);
    const card = JSON.stringify(final.args.blocks);
    expect(card).toContain(`Customer ${FAILING}`);
    expect(card).toMatch(/failed/);
    expect(String(final.args.text)).toContain('1 failed');
    // The sweep audits itself right after its last edit; wait for that write.
    await expect.poll(async () => (await huntops.store.audit.list({ action: 'hunt.sweep' })).length).toBe(1);
    const [audit] = await huntops.store.audit.list({ action: 'hunt.sweep' });
    const lines = audit.details?.tenants as { tenant: string; state: string }[];
    expect(lines.filter((line) => line.state === 'failed').map((line) => line.tenant)).toEqual([`t${FAILING}`]);
    expect(lines.filter((line) => line.state === 'done')).toHaveLength(TENANTS - 1);
  }, 90_000);
});
