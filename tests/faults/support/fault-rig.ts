import type { RunningHuntops } from '../../../src/server/index.ts';
import type { StoredAuditEvent } from '../../../src/store/index.ts';
import { fixtureDir } from '../../backends/support/harness.ts';
import { type DefenderIndicatorsStandin, startDefenderIndicatorsStandin } from '../../standins/defender-indicators.ts';
import { type EntraTokenStandin, startEntraTokenStandin } from '../../standins/entra-token.ts';
import { startGraphHuntingStandin } from '../../standins/graph-hunting.ts';
import {
  type GraphNamedLocationsStandin,
  startGraphNamedLocationsStandin,
} from '../../standins/graph-named-locations.ts';
import type { Standin } from '../../standins/https-standin.ts';
import { startLogAnalyticsStandin } from '../../standins/log-analytics.ts';
import { type OtxStandin, startOtxStandin } from '../../standins/otx.ts';
import { type SlackApiStandin, type SlackCall, startSlackApiStandin } from '../../standins/slack-api.ts';
import { testTls } from '../../standins/tls.ts';
import { blockActionBody, slackHeaders, slashCommandBody } from '../../support/slack-signing.ts';
import { startTestHuntops } from '../../support/test-huntops.ts';

const SECRET = 'slack-signing-secret-for-faults-01';
const TENANT_ID = '7e7e7e7e-0000-4000-8000-0000000000f1';
const CLIENT_ID = '5a5a5a5a-0000-4000-8000-0000000000f1';
const WORKSPACE = '00000000-0000-0000-0000-00000000000a';
const LOCATION_ID = '0c0c0c0c-0000-4000-8000-0000000000f1';
const OTX_KEY = 'otx-key-for-faults';
/** Two attempts, short back-off and a 1.5 s attempt timeout: every fault resolves within a few seconds. */
export const MAX_ATTEMPTS = 2;
export const ATTEMPT_TIMEOUT_MS = 1_500;
/** The environment that sets that budget for every remote service, the Teams connector included. */
export const SMALL_RETRY_BUDGET_ENV = {
  HUNTOPS_REMOTE_MAX_ATTEMPTS: String(MAX_ATTEMPTS),
  HUNTOPS_REMOTE_RETRY_BASE_MS: '50',
  HUNTOPS_REMOTE_ATTEMPT_TIMEOUT_MS: String(ATTEMPT_TIMEOUT_MS),
};

export interface FaultRig {
  readonly huntops: RunningHuntops;
  readonly slack: SlackApiStandin;
  readonly logAnalytics: Standin;
  readonly graphHunting: Standin;
  readonly defender: DefenderIndicatorsStandin;
  readonly namedLocations: GraphNamedLocationsStandin;
  readonly otx: OtxStandin;
  /** A signed slash command from channel C1; resolves to the acknowledgement text. */
  command(text: string, user?: string): Promise<string>;
  /** The next message posted to Slack after `since` (an index into slack.calls) that satisfies `match`. */
  nextPost(since: number, match: (text: string) => boolean): Promise<SlackCall>;
  /** Presses a button on a posted card as `user`. */
  press(card: SlackCall, verb: 'approve' | 'deny' | 'retry', user: string): Promise<void>;
  audit(action?: string): Promise<StoredAuditEvent[]>;
  close(): Promise<void>;
}

/** A scheduled digest on tenant-x, posted to Slack channel C1. */
export interface FaultRigDigest {
  readonly name: string;
  /** node-cron; a leading seconds field fires it every few seconds (e.g. every 2 s). */
  readonly cron: string;
  readonly hunts: readonly string[];
}

export interface FaultRigOptions {
  /** Digests for tenant-x (id `tenant-x/<name>`); none unless asked, so other fault files see no digest posts. */
  readonly digests?: readonly FaultRigDigest[];
  /** The logs Log Analytics and Graph hunting answer from (one `<Table>.jsonl` each); default the workspace-a fixtures. */
  readonly dataDir?: string;
}

/**
 * The real server with every remote service as a stand-in: tenant-x hunts on Log Analytics and Defender
 * (Graph) and blocks with Defender indicators, tenant-y blocks with an Entra named location, tenant-a is the
 * demo data scored by OTX. Slack is the surface; small retry budgets come from the environment.
 */
export async function startFaultRig(options: FaultRigOptions = {}): Promise<FaultRig> {
  const entra: EntraTokenStandin = await startEntraTokenStandin({
    clients: [{ clientId: CLIENT_ID, secret: 'faults-secret', tenants: [TENANT_ID] }],
  });
  const dataDir = options.dataDir ?? fixtureDir('workspace-a');
  const logAnalytics = await startLogAnalyticsStandin({ workspaces: { [WORKSPACE]: dataDir } });
  const graphHunting = await startGraphHuntingStandin({ dataDir });
  const defender = await startDefenderIndicatorsStandin({});
  const namedLocations = await startGraphNamedLocationsStandin({
    locations: [{ id: LOCATION_ID, displayName: 'huntops blocklist', ipRanges: ['198.18.0.1/32'] }],
  });
  const otx = await startOtxStandin({ apiKey: OTX_KEY });
  const slack = await startSlackApiStandin();
  const remote = (graphBaseUrl: string, extra: string) => `    entraTenantId: ${TENANT_ID}
    credentials: { kind: clientSecret, clientId: ${CLIENT_ID}, secretEnv: FAULTS_CLIENT_SECRET }
    cloud: { authorityHost: '${entra.url}', logAnalyticsEndpoint: '${logAnalytics.url}/v1', graphBaseUrl: '${graphBaseUrl}', defenderApiHost: '${defender.url}', caFile: '${testTls().caFile}' }
    backend: logAnalytics
    logAnalytics: { workspaceId: ${WORKSPACE} }
    defender: { enabled: true }
    channels: { slack: [C1] }
    hunters: { slack: ['*'] }
    approvers: { slack: [U-LEAD, U-LEAD2] }
${extra}`;
  const configYaml = `tenants:
  tenant-x:
    displayName: Contoso
${remote(graphHunting.url, `    blocking: { provider: defender-indicator, expiryDays: 30 }\n${digestsYaml(options.digests ?? [])}`)}  tenant-y:
    displayName: Fabrikam
${remote(namedLocations.url, `    blocking: { provider: entra-named-location, expiryDays: 30, namedLocationId: ${LOCATION_ID} }\n`)}  tenant-a:
    displayName: Demo
    local: { demo: { seed: 1 } }
    channels: { slack: [C1] }
    hunters: { slack: ['*'] }
    approvers: { slack: [U-LEAD, U-LEAD2] }
intel: { budgetMs: 1500 }
`;
  const huntops = await startTestHuntops({
    configYaml,
    env: {
      FAULTS_CLIENT_SECRET: 'faults-secret',
      SLACK_BOT_TOKEN: 'xoxb-faults-0001',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: slack.apiUrl,
      OTX_API_KEY: OTX_KEY,
      OTX_BASE_URL: otx.url,
      INTEL_OTX_TIMEOUT_MS: '500',
      ...SMALL_RETRY_BUDGET_ENV,
    },
  });
  const post = (body: string) =>
    fetch(`${huntops.url}/slack/events`, { method: 'POST', body, headers: slackHeaders(SECRET, body) });
  const textOf = (call: SlackCall) => `${String(call.args.text ?? '')} ${JSON.stringify(call.args.blocks ?? '')}`;
  return {
    huntops,
    slack,
    logAnalytics,
    graphHunting,
    defender,
    namedLocations,
    otx,
    async command(text, user = 'U-ANALYST') {
      const response = await post(slashCommandBody({ text, user, channel: 'C1', responseUrl: slack.responseUrl() }));
      const raw = await response.text();
      return raw ? String((JSON.parse(raw) as { text?: string }).text ?? '') : '';
    },
    nextPost: (since, match) =>
      slack.waitFor(
        (call) =>
          slack.calls.indexOf(call) >= since &&
          (call.method === 'chat.postMessage' || call.method === 'chat.update') &&
          match(textOf(call)),
      ),
    async press(card, verb, user) {
      const found = JSON.stringify(card.args.blocks).match(
        new RegExp(`"action_id":"(${verb}:[^"]+)","value":"((?:[^"\\\\]|\\\\.)*)"`),
      );
      if (!found) throw new Error(`no ${verb} button on the card: ${textOf(card).slice(0, 300)}`);
      const body = blockActionBody({
        user,
        channel: 'C1',
        messageTs: String(card.reply.ts),
        actionId: found[1],
        value: JSON.parse(`"${found[2]}"`),
        responseUrl: slack.responseUrl(),
      });
      const response = await post(body);
      if (response.status !== 200) throw new Error(`button press answered ${response.status}`);
    },
    audit: (action) => huntops.store.audit.list(action ? { action } : {}),
    async close() {
      await huntops.close();
      await Promise.all([
        entra.close(),
        logAnalytics.close(),
        graphHunting.close(),
        defender.close(),
        namedLocations.close(),
        otx.close(),
        slack.close(),
      ]);
    },
  };
}

function digestsYaml(digests: readonly FaultRigDigest[]): string {
  if (digests.length === 0) return '';
  const entries = digests.map(
    (digest) =>
      `      - { name: ${digest.name}, cron: '${digest.cron}', hunts: [${digest.hunts.join(', ')}], post: { slack: C1 } }\n`,
  );
  return `    digests:\n${entries.join('')}`;
}
