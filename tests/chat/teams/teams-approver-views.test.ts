import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adaptiveCardProblems, executeActions } from '../../cards/support/adaptive-validate.ts';
import type { BotFrameworkStandin, ConnectorCall } from '../../standins/bot-framework.ts';
import type { SpawnedHuntops } from '../../support/spawn-huntops.ts';
import { cardInvoke, SOC_CHANNEL, sendToBot, teamsActivity } from '../../support/teams-env.ts';
import { startTeamsHuntops, type TeamsHuntops } from '../../support/teams-huntops.ts';
import { SLACK_TENANT_YAML } from '../../support/test-huntops.ts';

const APP_ID = '0b8d6f44-1111-4222-8333-944445555888';
const APP_SECRET = 'teams-bot-secret-for-views-0001';
/** tenant-a's one Teams approver (SLACK_TENANT_YAML) and an analyst, both in the SOC channel. */
const LEAD = { id: '29:1lead-mri-Zx81', aadObjectId: 'aad-lead', name: 'Lea Lead' };
const ANALYST = { id: '29:1analyst-mri-Qw22', aadObjectId: 'aad-analyst', name: 'Ana Lyst' };

type Card = Record<string, unknown> & {
  refresh?: { action: { verb: string; data: Record<string, string> }; userIds: string[] };
};

const cardOf = (call: ConnectorCall) => (call.body.attachments as Array<{ content: Card }>)[0].content;
const decisionVerbs = (card: object) =>
  executeActions(card)
    .map((action) => action.verb)
    .filter((verb) => verb !== 'refresh' && verb !== 'pivot');

/**
 * Teams User Specific Views on hunt cards: the channel's copy has no decision buttons and a refresh naming the
 * tenant's approvers (their MRIs, looked up from their Entra object ids); an approver's refresh gets the buttons.
 */
describe('Teams: only approvers see the decision buttons (real botbuilder, stand-in connector)', () => {
  let teams: TeamsHuntops | undefined;
  let bf: BotFrameworkStandin;
  let huntops: SpawnedHuntops;

  beforeAll(async () => {
    teams = await startTeamsHuntops({
      app: { id: APP_ID, secret: APP_SECRET },
      configYaml: SLACK_TENANT_YAML,
      botFramework: { members: [LEAD, ANALYST] },
    });
    ({ bf, huntops } = teams);
  }, 60_000);
  afterAll(async () => teams?.close());

  const send = async (activity: Record<string, unknown>) => {
    const response = await sendToBot(huntops.url, bf, APP_ID, activity);
    expect(response.status).toBe(200);
    return response;
  };
  const invoke = async (user: string, action: Parameters<typeof cardInvoke>[3], conversationId?: string) =>
    (await (await send(cardInvoke(bf, APP_ID, user, action, conversationId))).json()) as {
      type: string;
      value: Card | string;
    };
  const hunt = async (conversationId = SOC_CHANNEL) => {
    const since = bf.calls.length;
    await send(
      teamsActivity(bf, APP_ID, 'aad-analyst', {
        type: 'message',
        text: 'spray tenant-a',
        conversation: { id: conversationId, conversationType: 'channel', isGroup: true },
      }),
    );
    return bf.waitFor(
      (call) =>
        bf.calls.indexOf(call) >= since &&
        call.method === 'POST' &&
        JSON.stringify(call.body.attachments ?? []).includes('203.0.113.'),
    );
  };

  it('posts the card without buttons, refreshed for the approvers only; their refresh has the buttons, nobody else’s', async () => {
    const posted = await hunt();
    const channelCard = cardOf(posted);
    expect(adaptiveCardProblems(channelCard)).toEqual([]);
    expect(decisionVerbs(channelCard)).toEqual([]);
    expect(JSON.stringify(channelCard)).toContain('Block proposed: waiting for an approver other than aad-analyst');
    expect(channelCard.refresh?.userIds).toEqual([LEAD.id]);
    expect(channelCard.refresh?.action.verb).toBe('refresh');
    const lookups = bf.calls.filter((call) => call.method === 'GET' && call.path.includes('/members/'));
    expect(lookups.map((call) => call.path)).toEqual([`/v3/conversations/${SOC_CHANNEL}/members/aad-lead`]);

    const refresh = { verb: 'refresh', data: channelCard.refresh!.action.data, trigger: 'automatic' as const };
    const leadView = await invoke('aad-lead', refresh);
    expect(leadView.type).toBe('application/vnd.microsoft.card.adaptive');
    const leadCard = leadView.value as Card;
    expect(adaptiveCardProblems(leadCard)).toEqual([]);
    expect(decisionVerbs(leadCard)).toContain('approve');
    expect(decisionVerbs(leadCard)).toContain('deny');
    expect(leadCard.refresh).toEqual(channelCard.refresh);

    // Not in the refresh list, and asking anyway: the same card, without a single button.
    const analystView = await invoke('aad-analyst', refresh);
    expect(analystView.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(decisionVerbs(analystView.value as Card)).toEqual([]);
    expect(JSON.stringify(analystView.value)).toContain(
      'Block proposed: waiting for an approver other than aad-analyst',
    );

    // The approver's MRI is remembered: refreshes ask Teams nothing more.
    expect(bf.calls.filter((call) => call.method === 'GET').length).toBe(lookups.length);
  });

  it('answers a refresh that names another tenant, or no card at all, without showing a card', async () => {
    const channelCard = cardOf(await hunt());
    const { runId } = channelCard.refresh!.action.data;
    for (const data of [{ runId, tenant: 'tenant-b' }, { runId: 'no-such-run', tenant: 'tenant-a' }, {}]) {
      const answer = await invoke('aad-lead', { verb: 'refresh', data, trigger: 'automatic' });
      expect(answer).toMatchObject({ type: 'application/vnd.microsoft.activity.message' });
    }
  });

  it('falls back to buttons for everyone when the approvers cannot be looked up, and says why in the log', async () => {
    // A thread of the SOC channel is a conversation of its own: nothing remembered about it yet.
    const thread = `${SOC_CHANNEL};messageid=1763812345678`;
    bf.inject({ kind: 'status', status: 500, path: '/members/', times: 10 });
    const posted = await hunt(thread);
    bf.clearFaults();
    const card = cardOf(posted);
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(card).not.toHaveProperty('refresh');
    expect(decisionVerbs(card)).toContain('approve');
    // The log line comes through the child's stdout pipe, which may lag behind the card.
    await expect
      .poll(() => huntops.output.join('\n'))
      .toMatch(/shows its buttons to everyone.*approver aad-lead.*HTTP 500|HTTP 500.*shows its buttons to everyone/s);

    // The buttons are a convenience, not the rule: a non-approver's press is still refused.
    const approve = executeActions(card).find((action) => action.verb === 'approve')!;
    const refused = await invoke(
      'aad-analyst',
      { verb: 'approve', data: approve.data as Record<string, unknown> },
      thread,
    );
    expect(refused).toMatchObject({ value: 'you are not an approver for tenant-a' });
  });
  it('an approval still works, and the updated card keeps the refresh and hides the buttons in the channel', async () => {
    const posted = await hunt();
    const refresh = { verb: 'refresh', data: cardOf(posted).refresh!.action.data, trigger: 'automatic' as const };
    const leadCard = (await invoke('aad-lead', refresh)).value as Card;
    const approve = executeActions(leadCard).find((action) => action.verb === 'approve')!;

    const since = bf.calls.length;
    const pressed = await invoke('aad-lead', { verb: 'approve', data: approve.data as Record<string, unknown> });
    expect(pressed.type).toBe('application/vnd.microsoft.card.adaptive');
    const presserCard = pressed.value as Card;
    expect(JSON.stringify(presserCard)).toMatch(/Blocked/);
    expect(JSON.stringify(presserCard)).toContain('aad-lead');
    expect(decisionVerbs(presserCard)).toContain('unblock');
    expect(presserCard.refresh?.userIds).toEqual([LEAD.id]);

    // The card the proposal was first posted on (a later hunt shows the same open proposals) is updated in place.
    const update = await bf.waitFor((call) => bf.calls.indexOf(call) >= since && call.method === 'PUT');
    const updated = cardOf(update);
    expect(JSON.stringify(updated)).toMatch(/Blocked/);
    expect(decisionVerbs(updated)).toEqual([]);
    expect(updated.refresh?.action.verb).toBe('refresh');
    expect(updated.refresh?.userIds).toEqual([LEAD.id]);
  });
});

describe('Teams: a tenant with more approvers than a refresh can name', () => {
  it('posts the card with the buttons for everyone and says why in the log', { timeout: 60_000 }, async () => {
    const approvers = Array.from({ length: 61 }, (_, index) => `aad-approver-${index}`);
    const teams = await startTeamsHuntops({
      app: { id: APP_ID, secret: APP_SECRET },
      configYaml: SLACK_TENANT_YAML.replace('teams: [aad-lead]', `teams: [${approvers.join(', ')}]`),
      botFramework: {
        members: approvers.map((aadObjectId, index) => ({
          id: `29:1approver-${index}`,
          aadObjectId,
          name: aadObjectId,
        })),
      },
    });
    const { bf, huntops } = teams;
    try {
      await sendToBot(
        huntops.url,
        bf,
        APP_ID,
        teamsActivity(bf, APP_ID, 'aad-analyst', { type: 'message', text: 'spray tenant-a' }),
      );
      const posted = await bf.waitFor(
        (call) => call.method === 'POST' && JSON.stringify(call.body.attachments ?? []).includes('203.0.113.'),
      );
      expect(cardOf(posted)).not.toHaveProperty('refresh');
      expect(decisionVerbs(cardOf(posted))).toContain('approve');
      expect(bf.calls.filter((call) => call.method === 'GET')).toEqual([]);
      await expect
        .poll(() => huntops.output.join('\n'))
        .toContain("61 Teams approvers, more than the 60 a card's refresh can name");
    } finally {
      await teams.close();
    }
  });
});

describe('Teams: an approver who is not in the channel', () => {
  it('falls back to buttons for everyone, and a burst of cards asks Teams once per approver', {
    timeout: 60_000,
  }, async () => {
    const teams = await startTeamsHuntops({
      app: { id: APP_ID, secret: APP_SECRET },
      configYaml: SLACK_TENANT_YAML.replace('teams: [aad-lead]', 'teams: [aad-lead, aad-ghost]'),
      botFramework: { members: [LEAD, ANALYST] },
    });
    const { bf, huntops } = teams;
    try {
      const burst = 3;
      await Promise.all(
        Array.from({ length: burst }, () =>
          sendToBot(
            huntops.url,
            bf,
            APP_ID,
            teamsActivity(bf, APP_ID, 'aad-analyst', {
              type: 'message',
              text: 'spray tenant-a',
              conversation: { id: SOC_CHANNEL, conversationType: 'channel', isGroup: true },
            }),
          ),
        ),
      );
      const isCard = (call: ConnectorCall) =>
        call.method === 'POST' && JSON.stringify(call.body.attachments ?? []).includes('203.0.113.');
      await expect.poll(() => bf.calls.filter(isCard).length, { timeout: 30_000 }).toBe(burst);
      for (const call of bf.calls.filter(isCard)) {
        expect(cardOf(call)).not.toHaveProperty('refresh');
        expect(decisionVerbs(cardOf(call))).toContain('approve');
      }
      const lookups = bf.calls.filter((call) => call.method === 'GET').map((call) => call.path.split('/').at(-1));
      expect(lookups.sort()).toEqual(['aad-ghost', 'aad-lead']);
      await expect
        .poll(() => huntops.output.join('\n'))
        .toContain('approver aad-ghost is not a member of this conversation');
    } finally {
      await teams.close();
    }
  });
});
