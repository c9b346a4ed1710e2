import { SWEEP_CONCURRENCY } from '../../../src/chat/index.ts';
import type { RunningHuntops } from '../../../src/server/index.ts';
import { fixtureDir } from '../../backends/support/harness.ts';
import { startEntraTokenStandin } from '../../standins/entra-token.ts';
import type { Standin } from '../../standins/https-standin.ts';
import { startLogAnalyticsStandin } from '../../standins/log-analytics.ts';
import { type SlackApiStandin, type SlackCall, startSlackApiStandin } from '../../standins/slack-api.ts';
import { testTls } from '../../standins/tls.ts';
import { slackHeaders, slashCommandBody } from '../../support/slack-signing.ts';
import { startTestHuntops } from '../../support/test-huntops.ts';

/**
 * The `/hunt spray all` sweep that both the sweep test and `npm run bench` run: huntops with 50 Log Analytics
 * tenants reachable from Slack channel C1, one Log Analytics stand-in slowed to `queryMs` per query, and one
 * tenant whose workspace the stand-in does not know (so it fails, alone).
 */
export const SWEEP_TENANTS = 50;
export const FAILING_TENANT = 13;
const CLIENT_ID = '5a5a5a5a-0000-4000-8000-00000000aaaa';
const SECRET = 'slack-signing-secret-sweep-0001';
const pad = (n: number) => String(n).padStart(2, '0');
/** Tenant `n`'s key in the config and its display name on the card. */
export const tenantKey = (n: number) => `t${pad(n)}`;
export const tenantName = (n: number) => `Customer ${pad(n)}`;
const guid = (prefix: string, n: number) => `${prefix}-0000-4000-8000-0000000000${pad(n)}`;

/** The best a sweep that respects SWEEP_CONCURRENCY can do: full rounds of tenants, one query long each. */
export function idealSweepMs(queryMs: number): number {
  return Math.ceil(SWEEP_TENANTS / SWEEP_CONCURRENCY) * queryMs;
}

export interface SweepOutcome {
  /** The slash command's immediate reply. */
  readonly ack: unknown;
  /** The last edit of the sweep message (all tenants done, ranked). */
  readonly final: SlackCall;
  /** From sending the command until that last edit arrived. */
  readonly elapsedMs: number;
}

export interface SweepRig {
  readonly huntops: RunningHuntops;
  readonly logAnalytics: Standin;
  readonly slack: SlackApiStandin;
  sweepAll(): Promise<SweepOutcome>;
  close(): Promise<void>;
}

export async function startSweepRig(queryMs: number): Promise<SweepRig> {
  const entra = await startEntraTokenStandin({ clients: [{ clientId: CLIENT_ID, secret: 'sweep-secret' }] });
  const workspaces = Object.fromEntries(
    Array.from({ length: SWEEP_TENANTS }, (_, n) => n)
      .filter((n) => n !== FAILING_TENANT)
      .map((n) => [guid('aaaaaaaa', n), fixtureDir('workspace-a')]),
  );
  const logAnalytics = await startLogAnalyticsStandin({ workspaces });
  logAnalytics.inject({ kind: 'slow', delayMs: queryMs, times: 10_000 });
  const slack = await startSlackApiStandin();
  const tenants = Array.from({ length: SWEEP_TENANTS }, (_, n) =>
    [
      `  ${tenantKey(n)}:`,
      `    displayName: ${tenantName(n)}`,
      `    entraTenantId: ${guid('bbbbbbbb', n)}`,
      '    backend: logAnalytics',
      `    logAnalytics: { workspaceId: ${guid('aaaaaaaa', n)} }`,
      `    credentials: { kind: clientSecret, clientId: ${CLIENT_ID}, secretEnv: SWEEP_CLIENT_SECRET }`,
      `    cloud: { authorityHost: '${entra.url}', logAnalyticsEndpoint: '${logAnalytics.url}/v1', caFile: '${testTls().caFile}' }`,
      '    channels: { slack: [C1] }',
      "    hunters: { slack: ['*'] }",
    ].join('\n'),
  );
  const huntops = await startTestHuntops({
    configYaml: `tenants:\n${tenants.join('\n')}\n`,
    env: {
      SWEEP_CLIENT_SECRET: 'sweep-secret',
      SLACK_BOT_TOKEN: 'xoxb-sweep',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: slack.apiUrl,
    },
  });

  return {
    huntops,
    logAnalytics,
    slack,
    async sweepAll() {
      const body = slashCommandBody({
        text: '/hunt spray all',
        user: 'U1',
        channel: 'C1',
        responseUrl: slack.responseUrl(),
      });
      const started = performance.now();
      const reply = await fetch(`${huntops.url}/slack/events`, {
        method: 'POST',
        body,
        headers: slackHeaders(SECRET, body),
      });
      const ack: unknown = await reply.json();
      const done = `${SWEEP_TENANTS}/${SWEEP_TENANTS} tenants done`;
      const final = await slack.waitFor(
        (call) => call.method === 'chat.update' && String(call.args.text).includes(done),
        60_000,
      );
      return { ack, final, elapsedMs: performance.now() - started };
    },
    async close() {
      await huntops.close();
      await Promise.all([entra.close(), logAnalytics.close(), slack.close()]);
    },
  };
}
