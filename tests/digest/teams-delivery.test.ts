import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMALL_RETRY_BUDGET_ENV } from '../faults/support/fault-rig.ts';
import type { BotFrameworkStandin, ConnectorCall } from '../standins/bot-framework.ts';
import type { SpawnedHuntops } from '../support/spawn-huntops.ts';
import { SOC_CHANNEL, SOC_ENTRA_TENANT, sendToBot, teamsActivity } from '../support/teams-env.ts';
import { startTeamsHuntops, type TeamsHuntops } from '../support/teams-huntops.ts';

const APP_ID = '0b8d6f44-1111-4222-8333-9444455500d1';
const APP_SECRET = 'teams-bot-secret-for-digests-0001';
const DIGEST_ID = 'tenant-a/soc-watch';
/**
 * The running server is its own process (it must trust the stand-ins' CA), so the digest is driven by its own
 * schedule: node-cron's seconds field fires it every 2 s, each firing a slot of its own in digest_runs.
 */
const CONFIG_YAML = `tenants:
  tenant-a:
    displayName: Contoso (demo)
    entraTenantId: ${SOC_ENTRA_TENANT}
    local: { demo: { seed: 1 } }
    channels: { teams: ['${SOC_CHANNEL}'] }
    hunters: { teams: ['*'] }
    digests:
      - { name: soc-watch, cron: '*/2 * * * * *', hunts: [spray, cadence], post: { teams: '${SOC_CHANNEL}' } }
`;
const RUN_TIMEOUT_MS = 20_000;

interface DigestRunRow {
  readonly scheduled_for: string;
  readonly state: string;
  readonly started_at: string;
  readonly findings: string | null;
  readonly failure: string | null;
}

/**
 * A digest posting to a Teams channel, end to end over HTTPS with the real botbuilder CloudAdapter: the
 * conversation reference is stored when someone writes in the channel, and each run is posted proactively
 * (continueConversationAsync) to the Bot Framework connector stand-in. digest_runs records each run's outcome.
 */
describe('digest delivery to Microsoft Teams (real botbuilder, stand-in connector)', () => {
  let teams: TeamsHuntops | undefined;
  let bf: BotFrameworkStandin;
  let huntops: SpawnedHuntops;

  beforeAll(async () => {
    teams = await startTeamsHuntops({
      app: { id: APP_ID, secret: APP_SECRET },
      configYaml: CONFIG_YAML,
      env: SMALL_RETRY_BUDGET_ENV,
    });
    ({ bf, huntops } = teams);
  });
  afterAll(async () => teams?.close());

  const runs = (): DigestRunRow[] => {
    const db = new Database(join(huntops.dir, 'huntops.db'), { readonly: true });
    try {
      return db
        .prepare(
          'select scheduled_for, state, started_at, findings, failure from digest_runs where digest_id = ? order by 1',
        )
        .all(DIGEST_ID) as DigestRunRow[];
    } finally {
      db.close();
    }
  };
  /** The first run started at or after `since` (ISO) that finished in `state`. */
  const nextRun = async (state: 'done' | 'failed', since: string): Promise<DigestRunRow> => {
    let found: DigestRunRow | undefined;
    await expect
      .poll(() => (found = runs().find((run) => run.state === state && run.started_at >= since)), {
        timeout: RUN_TIMEOUT_MS,
      })
      .toBeDefined();
    return found!;
  };
  const digestCards = (): ConnectorCall[] =>
    bf.calls.filter((call) => JSON.stringify(call.body.attachments ?? []).includes('soc-watch digest'));

  it('before the bot is in the channel: the run fails saying so, and nothing is posted', async () => {
    const failed = await nextRun('failed', '');
    expect(failed.failure).toBe(
      `digest ${DIGEST_ID} posts to Teams conversation ${SOC_CHANNEL}, which the bot has not been added to yet`,
    );
    expect(runs().filter((run) => run.state === 'done')).toEqual([]);
    expect(bf.calls.filter((call) => call.path.startsWith('/v3/conversations/'))).toEqual([]);
  });

  it('once someone writes in the channel, the digest card is posted there proactively and the run is done', async () => {
    const since = new Date().toISOString();
    const message = teamsActivity(bf, APP_ID, 'aad-analyst', { type: 'message', text: 'help' });
    expect((await sendToBot(huntops.url, bf, APP_ID, message)).status).toBe(200);

    const post = await bf.waitFor((call) => digestCards().includes(call), RUN_TIMEOUT_MS);
    expect(post.method).toBe('POST');
    // botbuilder sends a proactive message as a reply to its continuation activity: …/activities/<that id>.
    expect(post.path).toContain(`/v3/conversations/${SOC_CHANNEL}/activities`);
    expect(post.authorization).toMatch(/^Bearer at-/); // the bot's own token from Entra, not the channel's
    expect(post.body).toMatchObject({ type: 'message', conversation: { id: SOC_CHANNEL } });
    const [attachment] = post.body.attachments as { contentType: string; content: unknown }[];
    expect(attachment.contentType).toBe('application/vnd.microsoft.card.adaptive');
    const card = JSON.stringify(attachment.content);
    // The title says what the diff says: the first run finds the injected spray, which is new.
    expect(card).toMatch(/"text":"soc-watch digest: \d+ new/);
    expect(card).toContain('Contoso (demo) (tenant-a) · spray');
    expect(card).toContain('Contoso (demo) (tenant-a) · cadence');
    expect(card).toMatch(/\d+ findings? · /);

    const done = await nextRun('done', since);
    const snapshot = JSON.parse(done.findings ?? '{}') as Record<string, string[]>;
    expect(Object.keys(snapshot).sort()).toEqual(['tenant-a|cadence', 'tenant-a|spray']);
    expect(snapshot['tenant-a|spray'].length).toBeGreaterThan(0);
  });

  it('when the connector answers 500, the run is recorded as failed with the reason, and none is posted', async () => {
    // Every connector call answers 500 until cleared (runs fire every 2 s, two attempts each).
    bf.inject({ kind: 'status', status: 500, times: 1_000, path: '/v3/conversations/' });
    const since = new Date().toISOString();
    const cardsBefore = digestCards().length;
    const failed = await nextRun('failed', since);
    expect(failed.failure).toMatch(/^Teams did not take the card: the Bot Framework connector answered HTTP 500/);
    expect(failed.findings).toBeNull(); // a failed run is not the baseline the next run is compared with
    expect(digestCards()).toHaveLength(cardsBefore);
    bf.clearFaults();

    // The schedule carries on: the next run once the connector is back is posted and done.
    await nextRun('done', new Date().toISOString());
    expect(digestCards().length).toBeGreaterThan(cardsBefore);
  });
});
