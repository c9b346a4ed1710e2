import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BotFrameworkStandin } from '../standins/bot-framework.ts';
import type { SpawnedHuntops } from '../support/spawn-huntops.ts';
import { SOC_CHANNEL, SOC_ENTRA_TENANT, sendToBot, teamsActivity } from '../support/teams-env.ts';
import { startTeamsHuntops, type TeamsHuntops } from '../support/teams-huntops.ts';
import { SLACK_TENANT_YAML } from '../support/test-huntops.ts';

const APP_ID = '0b8d6f44-1111-4222-8333-944445555999';
const APP_SECRET = 'teams-bot-secret-for-refresh-0001';
const LEAD = { id: '29:1lead-mri-Zx81', aadObjectId: 'aad-lead', name: 'Lea Lead' };
const ANALYST = { id: '29:1analyst-mri-Qw22', aadObjectId: 'aad-analyst', name: 'Ana Lyst' };
/** tenant-a's Teams hunters are named here, so someone in the SOC channel may still not hunt it. */
const CONFIG = SLACK_TENANT_YAML.replace(
  "hunters: { slack: ['*'], teams: ['*'],",
  "hunters: { slack: ['*'], teams: [aad-analyst],",
);

type Answer = { type: string; value: unknown };

/** A hunt card's refresh names a run id; knowing it must not be enough to read the card anywhere else. */
describe('security: the Teams card refresh', () => {
  let teams: TeamsHuntops | undefined;
  let bf: BotFrameworkStandin;
  let huntops: SpawnedHuntops;
  let refreshData: Record<string, string>;
  const refusedRefreshes = () => {
    const db = new Database(join(huntops.dir, 'huntops.db'), { readonly: true });
    try {
      return db
        .prepare("select actor, channel from audit_events where action = 'card.refresh' and outcome = 'refused'")
        .all() as { actor: string; channel: string }[];
    } finally {
      db.close();
    }
  };
  const refresh = async (user: string, place: Record<string, unknown> = {}) => {
    const activity = teamsActivity(bf, APP_ID, user, {
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb: 'refresh', data: refreshData }, trigger: 'automatic' },
      ...place,
    });
    const response = await sendToBot(huntops.url, bf, APP_ID, activity);
    expect(response.status).toBe(200);
    return (await response.json()) as Answer;
  };

  beforeAll(async () => {
    teams = await startTeamsHuntops({
      app: { id: APP_ID, secret: APP_SECRET },
      configYaml: CONFIG,
      botFramework: { members: [LEAD, ANALYST] },
    });
    ({ bf, huntops } = teams);
    await sendToBot(
      huntops.url,
      bf,
      APP_ID,
      teamsActivity(bf, APP_ID, 'aad-analyst', { type: 'message', text: 'spray tenant-a' }),
    );
    const posted = await bf.waitFor(
      (call) => call.method === 'POST' && JSON.stringify(call.body.attachments ?? []).includes('203.0.113.'),
    );
    const card = (
      posted.body.attachments as Array<{ content: { refresh?: { action: { data: Record<string, string> } } } }>
    )[0].content;
    refreshData = card.refresh!.action.data;
  }, 60_000);
  afterAll(async () => teams?.close());

  it('answers an approver in the channel the card was posted in with the card', async () => {
    expect((await refresh('aad-lead')).type).toBe('application/vnd.microsoft.card.adaptive');
  });

  it('gives no card to another conversation that knows the run id, and audits it', async () => {
    const personalChat = {
      conversation: { id: 'a:1personal-chat-lead', conversationType: 'personal', tenantId: SOC_ENTRA_TENANT },
      channelData: { tenant: { id: SOC_ENTRA_TENANT } },
    };
    const answer = await refresh('aad-lead', personalChat);
    expect(answer).toMatchObject({ type: 'application/vnd.microsoft.activity.message', value: expect.any(String) });
    expect(JSON.stringify(answer)).not.toContain('203.0.113.');
    await expect.poll(refusedRefreshes).toContainEqual({ actor: 'aad-lead', channel: 'a:1personal-chat-lead' });
  });

  it('gives no card to someone in the channel who may not hunt its tenant, and audits it', async () => {
    const answer = await refresh('aad-stranger');
    expect(answer.type).toBe('application/vnd.microsoft.activity.message');
    expect(JSON.stringify(answer)).not.toContain('203.0.113.');
    await expect.poll(refusedRefreshes).toContainEqual({ actor: 'aad-stranger', channel: SOC_CHANNEL });
  });
});
