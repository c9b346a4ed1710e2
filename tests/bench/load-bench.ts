// `npm run bench:load`: the real huntops server (its own process) with Slack and Teams stand-ins takes
// BENCH_LOAD_COUNT (200) concurrent signed Slack slash commands and as many Teams messages over real HTTP;
// a plain Bolt app (ack + one message) takes the same Slack load in the same run as the reference.
// Phases: plain Bolt (Slack), huntops Slack only (the same load: the ratio), huntops Slack + Teams at once.
// Prints p50/p95/p99 acknowledgement latency and time to report, and the huntops/Bolt ratio; asserts nothing
// about time (targets: every Slack ack < 3 s, huntops p99 ack ≤ 1.5× plain Bolt's). Fails (exit 1) if a
// command did not get exactly one acknowledgement and one report.
import { spawn } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { startBotFrameworkStandin } from '../standins/bot-framework.ts';
import { startEntraTokenStandin } from '../standins/entra-token.ts';
import { type SlackApiStandin, startSlackApiStandin } from '../standins/slack-api.ts';
import { testTls } from '../standins/tls.ts';
import { slackHeaders, slashCommandBody } from '../support/slack-signing.ts';
import { spawnHuntops } from '../support/spawn-huntops.ts';
import { SOC_ENTRA_TENANT } from '../support/teams-env.ts';
import { fmtMs, printSummaries, summarize } from './load-stats.ts';

const COUNT = Number(process.env.BENCH_LOAD_COUNT ?? 200);
const SECRET = 'slack-signing-secret-for-bench-0001';
const APP_ID = '0b8d6f44-1111-4222-8333-944445555666';
const APP_SECRET = 'teams-bot-secret-for-bench-0001';
const REPORT_TIMEOUT_MS = 180_000;
/** Slack channels of the mixed phase (Slack + Teams at once); `alone` ones carry the Slack-only phase. */
const slackChannel = (i: number) => `CB${String(i).padStart(4, '0')}`;
const aloneChannel = (i: number) => `CA${String(i).padStart(4, '0')}`;
const teamsChannel = (i: number) => `19:bench${i}@thread.tacv2`;
const WARM_TEAMS = '19:warm@thread.tacv2';

/** One demo tenant every bench channel may hunt, so each command's report is told apart by its channel. */
const indexes = Array.from({ length: COUNT }, (_, i) => i);
const CONFIG = `tenants:
  tenant-a:
    displayName: Contoso (demo)
    entraTenantId: ${SOC_ENTRA_TENANT}
    local: { demo: { seed: 1 } }
    channels: { slack: [CWARM, ${[...indexes.map(slackChannel), ...indexes.map(aloneChannel)].join(', ')}], teams: ['${WARM_TEAMS}', ${indexes.map((i) => `'${teamsChannel(i)}'`).join(', ')}] }
    hunters: { slack: ['*'], teams: ['*'] }
    approvers: { slack: [U-LEAD], teams: [aad-lead] }
`;

interface Sample {
  ackMs: number;
  reportMs: number;
  ok: boolean;
}

/** Fires every slash command at once; each sample is its ack latency and the time until its channel got a message. */
async function slackLoad(
  url: string,
  slack: SlackApiStandin,
  channelOf: (i: number) => string = slackChannel,
): Promise<Sample[]> {
  return Promise.all(
    indexes.map(async (i) => {
      const channel = channelOf(i);
      const body = slashCommandBody({
        text: 'spray tenant-a',
        user: `U${i}`,
        channel,
        responseUrl: slack.responseUrl(),
      });
      const started = performance.now();
      const report = slack.waitFor(
        (call) => call.method === 'chat.postMessage' && call.args.channel === channel && !call.args.thread_ts,
        REPORT_TIMEOUT_MS,
      );
      const response = await fetch(`${url}/slack/events`, {
        method: 'POST',
        body,
        headers: slackHeaders(SECRET, body),
      });
      const text = await response.text();
      const ackMs = performance.now() - started;
      await report;
      return { ackMs, reportMs: performance.now() - started, ok: response.status === 200 && text.includes('Hunting') };
    }),
  );
}

type BotFramework = Awaited<ReturnType<typeof startBotFrameworkStandin>>;
type ConnectorCall = BotFramework['calls'][number];
const teamsConversation = (call: ConnectorCall) => /\/v3\/conversations\/([^/]+)\/activities/.exec(call.path)?.[1];
const isTeamsReport = (call: ConnectorCall) =>
  call.method === 'POST' && JSON.stringify(call.body.attachments ?? []).includes('adaptive');

function teamsMessage(bf: BotFramework, conversation: string, i: number) {
  return {
    type: 'message',
    id: `bench-${conversation}`,
    channelId: 'msteams',
    serviceUrl: bf.serviceUrl,
    text: '<at>huntops</at> spray tenant-a',
    entities: [{ type: 'mention', mentioned: { id: `28:${APP_ID}`, name: 'huntops' }, text: '<at>huntops</at>' }],
    from: { id: `29:user${i}`, aadObjectId: `aad-user${i}`, name: `User ${i}` },
    recipient: { id: `28:${APP_ID}`, name: 'huntops' },
    conversation: { id: conversation, conversationType: 'channel', isGroup: true },
    channelData: { channel: { id: conversation }, tenant: { id: SOC_ENTRA_TENANT } },
  };
}

/** Sends every Teams message at once; the ack is the HTTP answer (after the typing indicator), the report the card. */
async function teamsLoad(url: string, bf: BotFramework, token: string): Promise<Sample[]> {
  return Promise.all(
    indexes.map(async (i) => {
      const conversation = teamsChannel(i);
      const started = performance.now();
      const report = bf.waitFor(
        (call) => isTeamsReport(call) && teamsConversation(call) === conversation,
        REPORT_TIMEOUT_MS,
      );
      const response = await fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(teamsMessage(bf, conversation, i)),
      });
      await response.arrayBuffer();
      const ackMs = performance.now() - started;
      await report;
      return { ackMs, reportMs: performance.now() - started, ok: response.status === 200 };
    }),
  );
}

/** One command through each path first, so neither side pays first-request compilation inside the measurement. */
async function warmUp(
  huntopsUrl: string,
  huntopsSlack: SlackApiStandin,
  boltUrl: string,
  boltSlack: SlackApiStandin,
  bf: BotFramework,
  token: string,
) {
  for (const [url, slack] of [
    [huntopsUrl, huntopsSlack],
    [boltUrl, boltSlack],
  ] as const) {
    const body = slashCommandBody({
      text: 'spray tenant-a',
      user: 'U-WARM',
      channel: 'CWARM',
      responseUrl: slack.responseUrl(),
    });
    await fetch(`${url}/slack/events`, { method: 'POST', body, headers: slackHeaders(SECRET, body) });
    await slack.waitFor(
      (call) => call.method === 'chat.postMessage' && call.args.channel === 'CWARM',
      REPORT_TIMEOUT_MS,
    );
  }
  await fetch(`${huntopsUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(teamsMessage(bf, WARM_TEAMS, 0)),
  });
  await bf.waitFor((call) => isTeamsReport(call) && teamsConversation(call) === WARM_TEAMS, REPORT_TIMEOUT_MS);
}

function spawnPlainBolt(apiUrl: string): Promise<{ url: string; stop(): void }> {
  const script = fileURLToPath(new URL('./plain-bolt-app.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    env: { PATH: process.env.PATH, SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_API_URL: apiUrl },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`plain Bolt app exited with ${code}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      const match = /listening on (\S+)/.exec(chunk.toString());
      if (match) resolve({ url: match[1], stop: () => child.kill() });
    });
  });
}

/** Counts what each channel received; every command must have exactly one of each. */
function countPerChannel<T>(calls: readonly T[], channelOf: (call: T) => string | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  for (const call of calls) {
    const channel = channelOf(call);
    if (channel) counts.set(channel, (counts.get(channel) ?? 0) + 1);
  }
  return counts;
}

function exactlyOne(label: string, counts: Map<string, number>, channels: string[]): string[] {
  return channels
    .filter((channel) => counts.get(channel) !== 1)
    .map((channel) => `${label} for ${channel}: ${counts.get(channel) ?? 0} (expected exactly 1)`);
}

async function main(): Promise<void> {
  console.log(
    `load bench: ${COUNT} Slack slash commands + ${COUNT} Teams messages at once; load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} CPUs`,
  );
  const huntopsSlack = await startSlackApiStandin();
  const boltSlack = await startSlackApiStandin();
  const bf = await startBotFrameworkStandin();
  const entra = await startEntraTokenStandin({ clients: [{ clientId: APP_ID, secret: APP_SECRET }] });
  const huntops = await spawnHuntops({
    configYaml: CONFIG,
    env: {
      LOG_LEVEL: 'info',
      INTEL_FEED_PATH: '',
      SLACK_BOT_TOKEN: 'xoxb-bench',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: huntopsSlack.apiUrl,
      NODE_EXTRA_CA_CERTS: testTls().caFile,
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: APP_SECRET,
      MicrosoftAppType: 'MultiTenant',
      ToBotFromChannelOpenIdMetadataUrl: bf.openIdMetadataUrl,
      ToBotFromChannelTokenIssuer: bf.issuer,
      ToBotFromEmulatorOpenIdMetadataUrl: bf.openIdMetadataUrl,
      OAuthUrl: bf.serviceUrl,
      CallerId: 'urn:botframework:azure',
      ToChannelFromBotLoginUrl: `${entra.url}/botframework.com`,
      ToChannelFromBotOAuthScope: 'https://api.botframework.com',
    },
  });
  const bolt = await spawnPlainBolt(boltSlack.apiUrl);
  const failures: string[] = [];
  try {
    const token = await bf.token({ aud: APP_ID });
    await warmUp(huntops.url, huntopsSlack, bolt.url, boltSlack, bf, token);

    const boltSamples = await slackLoad(bolt.url, boltSlack);
    // The same load on huntops' Slack alone is the fair comparison; then Slack and Teams together.
    const aloneSamples = await slackLoad(huntops.url, huntopsSlack, aloneChannel);
    const [slackSamples, teamsSamples] = await Promise.all([
      slackLoad(huntops.url, huntopsSlack),
      teamsLoad(huntops.url, bf, token),
    ]);
    await new Promise((resolve) => setTimeout(resolve, 2_000)); // late duplicates would show up here

    const slackChannels = indexes.map(slackChannel);
    const teamsChannels = indexes.map(teamsChannel);
    const isReport = (call: { method: string; args: Record<string, unknown> }) =>
      call.method === 'chat.postMessage' && !call.args.thread_ts;
    failures.push(
      ...[...slackSamples, ...aloneSamples, ...boltSamples]
        .filter((s) => !s.ok)
        .map(() => 'a Slack command was not acknowledged with 200'),
      ...teamsSamples.filter((s) => !s.ok).map(() => 'a Teams message was not answered with 200'),
      ...exactlyOne(
        'huntops Slack reports',
        countPerChannel(huntopsSlack.calls.filter(isReport), (c) => String(c.args.channel)),
        slackChannels,
      ),
      ...exactlyOne(
        'huntops Slack-only phase reports',
        countPerChannel(huntopsSlack.calls.filter(isReport), (c) => String(c.args.channel)),
        indexes.map(aloneChannel),
      ),
      ...exactlyOne(
        'plain Bolt reports',
        countPerChannel(boltSlack.calls.filter(isReport), (c) => String(c.args.channel)),
        slackChannels,
      ),
      ...exactlyOne(
        'Teams typing acks',
        countPerChannel(
          bf.calls.filter((c) => c.body.type === 'typing'),
          teamsConversation,
        ),
        teamsChannels,
      ),
      ...exactlyOne('Teams reports', countPerChannel(bf.calls.filter(isTeamsReport), teamsConversation), teamsChannels),
    );
    if (huntopsSlack.responses.length > 0)
      failures.push(`${huntopsSlack.responses.length} extra private replies went to response_url during the hunt load`);

    const huntopsAck = summarize(aloneSamples.map((s) => s.ackMs));
    const mixedAck = summarize(slackSamples.map((s) => s.ackMs));
    const boltAck = summarize(boltSamples.map((s) => s.ackMs));
    printSummaries([
      ['plain Bolt Slack ack', boltAck],
      ['huntops Slack ack (Slack only)', huntopsAck],
      ['huntops Slack ack (with Teams)', mixedAck],
      ['huntops Teams ack (HTTP 200)', summarize(teamsSamples.map((s) => s.ackMs))],
      ['plain Bolt time to message', summarize(boltSamples.map((s) => s.reportMs))],
      ['huntops Slack time to report (Slack only)', summarize(aloneSamples.map((s) => s.reportMs))],
      ['huntops Slack time to report (with Teams)', summarize(slackSamples.map((s) => s.reportMs))],
      ['huntops Teams time to report', summarize(teamsSamples.map((s) => s.reportMs))],
    ]);
    const over3s = [...aloneSamples, ...slackSamples].filter((s) => s.ackMs >= 3_000).length;
    console.log(`huntops Slack acks at or over 3 s: ${over3s} of ${2 * COUNT} (target 0)`);
    console.log(`p99 ack ratio huntops / plain Bolt: ${(huntopsAck.p99 / boltAck.p99).toFixed(2)}× (target ≤ 1.5×)`);
    console.log(`p99 ack ratio huntops with Teams load / plain Bolt: ${(mixedAck.p99 / boltAck.p99).toFixed(2)}×`);
    console.log(
      `p50 ack ratio huntops / plain Bolt: ${(huntopsAck.p50 / boltAck.p50).toFixed(2)}×; huntops max ack ${fmtMs(huntopsAck.max)}`,
    );
    console.log(`load average after the run: ${loadavg()[0].toFixed(1)}`);
  } finally {
    bolt.stop();
    await huntops.stop();
    await Promise.all([huntopsSlack.close(), boltSlack.close(), bf.close(), entra.close()]);
  }
  if (failures.length > 0) {
    console.error(`FAILED: ${failures.length} problem(s)\n${failures.slice(0, 20).join('\n')}`);
    process.exitCode = 1;
  } else console.log(`every command got exactly one acknowledgement and one report`);
}

await main();
