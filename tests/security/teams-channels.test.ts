import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BotFrameworkStandin } from '../standins/bot-framework.ts';
import type { SpawnedHuntops } from '../support/spawn-huntops.ts';
import { SOC_CHANNEL, SOC_ENTRA_TENANT, sendToBot, teamsActivity } from '../support/teams-env.ts';
import { startTeamsHuntops, type TeamsHuntops } from '../support/teams-huntops.ts';
import { SLACK_TENANT_YAML } from '../support/test-huntops.ts';

const APP_ID = '0b8d6f44-1111-4222-8333-944445555999';
const APP_SECRET = 'teams-bot-secret-for-channels-0001';
const REFUSAL = 'This huntops serves Microsoft Teams only.';

/**
 * The Bot Framework signs the activities of every channel of the bot (Web Chat and Direct Line are on for every
 * Azure Bot) with the same keys, and those keys carry no endorsements, so a valid token says nothing about Teams.
 * A Direct Line client writes `from.id` and `channelData` itself: it could name an approver and a SOC channel.
 */
describe('security: activities from Bot Framework channels other than Teams', () => {
  let teams: TeamsHuntops | undefined;
  let bf: BotFrameworkStandin;
  let huntops: SpawnedHuntops;
  const query = <T>(sql: string, ...params: unknown[]): T[] => {
    const db = new Database(join(huntops.dir, 'huntops.db'), { readonly: true });
    try {
      return db.prepare(sql).all(...params) as T[];
    } finally {
      db.close();
    }
  };
  const eventsOf = (actor: string) =>
    query<{ action: string; outcome: string }>(
      'select action, outcome from audit_events where actor = ? order by id',
      actor,
    ).map((event) => [event.action, event.outcome]);
  /** What a Direct Line client sends when it claims to be tenant-a's approver in the SOC channel. */
  const directLine = (fields: Record<string, unknown>) =>
    teamsActivity(bf, APP_ID, 'aad-lead', {
      channelId: 'directline',
      from: { id: 'aad-lead', name: 'lead' },
      conversation: { id: 'dl-conversation-1' },
      channelData: { channel: { id: SOC_CHANNEL }, tenant: { id: SOC_ENTRA_TENANT } },
      ...fields,
    });
  const send = (activity: Record<string, unknown>) => sendToBot(huntops.url, bf, APP_ID, activity);

  beforeAll(async () => {
    teams = await startTeamsHuntops({ app: { id: APP_ID, secret: APP_SECRET }, configYaml: SLACK_TENANT_YAML });
    ({ bf, huntops } = teams);
  }, 60_000);
  afterAll(async () => teams?.close());

  it('refuses a Direct Line message naming an approver and a Teams channel: told plainly, audited, nothing proposed', async () => {
    const response = await send(directLine({ type: 'message', text: 'block tenant-a 198.51.100.77 forged' }));
    expect(response.status).toBe(200);
    await bf.waitFor((call) => call.body.text === REFUSAL);
    await expect.poll(() => eventsOf('aad-lead')).toEqual([['request.refused', 'refused']]);
    expect(query('select id from proposals')).toEqual([]);
  });

  it('refuses a Web Chat approve press on a proposal requested in Teams: the proposal stays proposed', async () => {
    const request = teamsActivity(bf, APP_ID, 'aad-analyst', {
      type: 'message',
      text: 'block tenant-a 198.51.100.78 x',
    });
    expect((await send(request)).status).toBe(200);
    await expect.poll(() => query('select id from proposals where indicator = ?', '198.51.100.78')).toHaveLength(1);
    const [{ id }] = query<{ id: string }>('select id from proposals where indicator = ?', '198.51.100.78');
    const press = directLine({
      channelId: 'webchat',
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb: 'approve', data: { proposalId: id, tenant: 'tenant-a' } } },
    });
    expect(await (await send(press)).json()).toMatchObject({ value: REFUSAL });
    expect(eventsOf('aad-lead').filter(([action]) => action !== 'request.refused')).toEqual([]);
    expect(query<{ state: string }>('select state from proposals where id = ?', id)).toEqual([{ state: 'proposed' }]);
  });
});
