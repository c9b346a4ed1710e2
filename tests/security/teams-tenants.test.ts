import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BotFrameworkStandin } from '../standins/bot-framework.ts';
import type { SpawnedHuntops } from '../support/spawn-huntops.ts';
import { SOC_CHANNEL, SOC_ENTRA_TENANT, sendToBot, teamsActivity } from '../support/teams-env.ts';
import { startTeamsHuntops, type TeamsHuntops } from '../support/teams-huntops.ts';
import { SLACK_TENANT_YAML } from '../support/test-huntops.ts';

const APP_ID = '0b8d6f44-1111-4222-8333-944445555888';
const APP_SECRET = 'teams-bot-secret-for-tenants-0001';
const FOREIGN = 'f0f0f0f0-0000-4000-8000-0000000000ff';
const PARTNER = 'a11a11a1-0000-4000-8000-0000000000aa';
const PARTNER_CHANNEL = '19:partner@thread.tacv2';
const REFUSAL = 'This huntops does not serve your organisation.';

/** tenant-a admits its own Entra tenant (SLACK_TENANT_YAML); tenant-c lists a partner's explicitly. */
const CONFIG_YAML = `${SLACK_TENANT_YAML}  tenant-c:
    displayName: Partner (demo)
    allowedEntraTenants: [${PARTNER}]
    local: { demo: { seed: 3 } }
    channels: { teams: ['${PARTNER_CHANNEL}'] }
    hunters: { teams: ['*'] }
`;

/** JWKS-signed Teams activities from users of Entra tenants that no huntops tenant admits. */
describe('security: Teams users of other Entra tenants', () => {
  let teams: TeamsHuntops | undefined;
  let bf: BotFrameworkStandin;
  let huntops: SpawnedHuntops;
  const eventsOf = (actor: string) => {
    const db = new Database(join(huntops.dir, 'huntops.db'), { readonly: true });
    try {
      return db.prepare('select action, outcome, details from audit_events where actor = ? order by id').all(actor) as {
        action: string;
        outcome: string;
        details: string;
      }[];
    } finally {
      db.close();
    }
  };
  /** A 1:1 chat with the bot, as Teams sends it: the user's Entra tenant in both places Teams names it. */
  const personal = (user: string, tenant: string, fields: Record<string, unknown>) =>
    teamsActivity(bf, APP_ID, user, {
      conversation: { id: `a:1on1-${user}`, conversationType: 'personal', tenantId: tenant },
      channelData: { tenant: { id: tenant } },
      ...fields,
    });
  const send = (activity: Record<string, unknown>) => sendToBot(huntops.url, bf, APP_ID, activity);
  const refusedOnce = async (user: string) => {
    await expect
      .poll(() => eventsOf(user).map((event) => [event.action, event.outcome]))
      .toEqual([['request.refused', 'refused']]);
  };

  beforeAll(async () => {
    teams = await startTeamsHuntops({ app: { id: APP_ID, secret: APP_SECRET }, configYaml: CONFIG_YAML });
    ({ bf, huntops } = teams);
  }, 60_000);
  afterAll(async () => teams?.close());

  it('refuses `block` from a foreign tenant’s user in a 1:1 chat: told plainly, audited, nothing proposed', async () => {
    const activity = personal('aad-foreigner', FOREIGN, { type: 'message', text: 'block tenant-a 198.51.100.77 x' });
    expect((await send(activity)).status).toBe(200);
    await bf.waitFor((call) => call.body.text === REFUSAL);
    await refusedOnce('aad-foreigner');
    expect(JSON.parse(eventsOf('aad-foreigner')[0].details)).toMatchObject({
      reason: expect.stringContaining(FOREIGN),
    });
  });

  it('refuses a card press from a foreign tenant’s user in the invoke response', async () => {
    const invoke = personal('aad-presser', FOREIGN, {
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: {
        action: { type: 'Action.Execute', verb: 'approve', data: { proposalId: 'x', tenant: 'tenant-a' } },
        trigger: 'manual',
      },
    });
    expect(await (await send(invoke)).json()).toMatchObject({ value: REFUSAL });
    await refusedOnce('aad-presser');
  });

  it('refuses an activity whose two tenant fields disagree, or that names none', async () => {
    const mixed = teamsActivity(bf, APP_ID, 'aad-mixed', {
      type: 'message',
      text: 'tenants',
      conversation: { id: 'a:1on1-mixed', conversationType: 'personal', tenantId: FOREIGN },
      channelData: { tenant: { id: SOC_ENTRA_TENANT } },
    });
    expect((await send(mixed)).status).toBe(200);
    await refusedOnce('aad-mixed');
    const unnamed = teamsActivity(bf, APP_ID, 'aad-unnamed', {
      type: 'message',
      text: 'tenants',
      conversation: { id: 'a:1on1-unnamed', conversationType: 'personal' },
      channelData: {},
    });
    expect((await send(unnamed)).status).toBe(200);
    await refusedOnce('aad-unnamed');
  });

  it('checks the Entra tenant per huntops tenant: a partner user in tenant-a’s channel may not hunt, block or decide there', async () => {
    // aad-lead is tenant-a's approver by object id; the same id from the partner's organisation is someone else.
    const fromPartner = (user: string, fields: Record<string, unknown>) =>
      teamsActivity(bf, APP_ID, user, {
        conversation: { id: SOC_CHANNEL, conversationType: 'channel', isGroup: true, tenantId: PARTNER },
        channelData: { channel: { id: SOC_CHANNEL }, tenant: { id: PARTNER } },
        ...fields,
      });
    expect(
      (await send(fromPartner('aad-lead', { type: 'message', text: 'block tenant-a 198.51.100.78 x' }))).status,
    ).toBe(200);
    const invoke = fromPartner('aad-lead', {
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: {
        action: { type: 'Action.Execute', verb: 'approve', data: { proposalId: 'p-1', tenant: 'tenant-a' } },
        trigger: 'manual',
      },
    });
    expect(JSON.stringify(await (await send(invoke)).json())).toContain(
      `your organisation (${PARTNER}) under tenants.<tenant>.allowedEntraTenants`,
    );
    await expect
      .poll(() => eventsOf('aad-lead').map((event) => [event.action, JSON.parse(event.details).reason]))
      .toEqual([
        ['access.refused', 'Entra tenant not admitted by the tenant'],
        ['block.approve', 'Entra tenant not admitted by the tenant'],
      ]);
  });

  it('serves a user of an Entra tenant another huntops tenant lists in allowedEntraTenants', async () => {
    const activity = teamsActivity(bf, APP_ID, 'aad-partner', {
      type: 'message',
      text: 'tenants',
      conversation: { id: PARTNER_CHANNEL, conversationType: 'channel', isGroup: true, tenantId: PARTNER },
      channelData: { channel: { id: PARTNER_CHANNEL }, tenant: { id: PARTNER } },
    });
    expect((await send(activity)).status).toBe(200);
    await bf.waitFor((call) => call.path.includes(PARTNER_CHANNEL) && call.body.text !== REFUSAL);
    expect(eventsOf('aad-partner').some((event) => event.action === 'request.refused')).toBe(false);
  });
});
