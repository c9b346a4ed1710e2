import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePivotAction, TEAMS_CARD_BUDGET } from '../../../src/cards/index.ts';
import { attackerIps } from '../../../src/hunts/index.ts';
import { adaptiveCardProblems, executeActions } from '../../cards/support/adaptive-validate.ts';
import type { BotFrameworkStandin } from '../../standins/bot-framework.ts';
import type { SpawnedHuntops } from '../../support/spawn-huntops.ts';
import { SOC_CONVERSATION as CONVERSATION, postActivity, socActivity } from '../../support/teams-activity.ts';
import { startTeamsHuntops, type TeamsHuntops } from '../../support/teams-huntops.ts';
import { answeredAfter, callsBesidesSentinel } from '../../support/teams-sentinel.ts';
import { SLACK_TENANT_YAML } from '../../support/test-huntops.ts';

const APP_ID = '0b8d6f44-1111-4222-8333-944445555666';
const APP_SECRET = 'teams-bot-secret-for-tests-0001';
// tenant-a's demo logs (seed 1): the spray's source address.
const SPRAYER = attackerIps(1).spray;

describe('Teams end to end (real botbuilder, JWTs against local OpenID metadata, stand-in connector)', () => {
  let teams: TeamsHuntops | undefined;
  let bf: BotFrameworkStandin;
  let huntops: SpawnedHuntops;

  beforeAll(async () => {
    teams = await startTeamsHuntops({ app: { id: APP_ID, secret: APP_SECRET }, configYaml: SLACK_TENANT_YAML });
    ({ bf, huntops } = teams);
  }, 60_000);
  afterAll(async () => teams?.close());

  const activity = (overrides: Record<string, unknown>) => socActivity(bf, APP_ID)(overrides);
  const send = async (body: object, token?: string) => postActivity(huntops.url, body, token);

  it('answers a message with an Adaptive Card, and Action.Execute returns the updated card', async () => {
    const message = activity({
      type: 'message',
      text: '<at>huntops</at> spray tenant-a',
      entities: [{ type: 'mention', mentioned: { id: `28:${APP_ID}`, name: 'huntops' }, text: '<at>huntops</at>' }],
    });
    const response = await send(message, await bf.token({ aud: APP_ID }));
    expect(response.status).toBe(200);
    const typing = await bf.waitFor((call) => call.body.type === 'typing');
    expect(typing.authorization).toMatch(/^Bearer at-/);
    const reply = await bf.waitFor(
      (call) => call.method === 'POST' && JSON.stringify(call.body.attachments ?? []).includes('203.0.113.'),
    );
    expect(reply.path).toContain(`/v3/conversations/${CONVERSATION}/activities`);
    const card = JSON.stringify(reply.body.attachments);
    expect(card).toContain('application/vnd.microsoft.card.adaptive');
    const proposalId = /"proposalId":"([0-9a-f-]{36})"/.exec(card)?.[1];
    expect(proposalId).toBeDefined();

    const invoke = (aadObjectId: string) =>
      activity({
        type: 'invoke',
        name: 'adaptiveCard/action',
        from: { id: `29:${aadObjectId}`, aadObjectId, name: aadObjectId },
        value: {
          action: { type: 'Action.Execute', verb: 'approve', data: { proposalId, tenant: 'tenant-a' } },
          trigger: 'manual',
        },
      });
    const refused = await send(invoke('aad-analyst'), await bf.token({ aud: APP_ID }));
    expect(refused.status).toBe(200);
    expect(await refused.json()).toMatchObject({
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value: 'you are not an approver for tenant-a',
    });

    const approved = await send(invoke('aad-lead'), await bf.token({ aud: APP_ID }));
    const body = await approved.json();
    expect(body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(JSON.stringify(body.value)).toContain('aad-lead');
    expect(JSON.stringify(body.value)).toMatch(/Blocked/);
  });

  it.each([
    ['no token', async () => undefined],
    ['a forged signature', async () => bf.token({ aud: APP_ID }, 'untrusted')],
    ['the wrong audience', async () => bf.token({ aud: 'someone-else' })],
    ['the wrong issuer', async () => bf.token({ aud: APP_ID, iss: 'https://evil.example' })],
    ['a wrong serviceurl claim', async () => bf.token({ aud: APP_ID, serviceurl: 'https://evil.example/' })],
    ['an expired token', async () => bf.token({ aud: APP_ID, expiresInSeconds: -600 })],
  ])('refuses %s with 401 and sends nothing', async (_name, token) => {
    const before = bf.calls.length;
    const response = await send(activity({ type: 'message', text: 'spray tenant-a' }), await token());
    expect(response.status).toBe(401);
    await answeredAfter(bf, async (body) => send(body, await bf.token({ aud: APP_ID })), activity({}));
    expect(callsBesidesSentinel(bf, before)).toEqual([]);
  });

  const signed = async (body: object) => send(body, await bf.token({ aud: APP_ID }));
  const cardSaying = async (text: string) => {
    const reply = await bf.waitFor(
      (call) => call.method === 'POST' && JSON.stringify(call.body.attachments ?? []).includes(text),
    );
    return (reply.body.attachments as Array<{ content: object }>)[0].content;
  };

  it('/hunt ip posts one valid card; pressing a related user on it posts that user’s card', async () => {
    expect((await signed(activity({ type: 'message', text: `ip ${SPRAYER} tenant-a` }))).status).toBe(200);
    const card = await cardSaying(`IP address ${SPRAYER}`);
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(JSON.stringify(card).length).toBeLessThanOrEqual(TEAMS_CARD_BUDGET);
    expect(JSON.stringify(card)).toContain('sign-in failure');
    const user = executeActions(card).find((action) => (action.data as { entity?: string }).entity === 'user')!;
    const pivot = parsePivotAction({ ...(user.data as object), verb: user.verb })!;

    const pressed = await signed(
      activity({
        type: 'invoke',
        name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Execute', verb: user.verb, data: user.data }, trigger: 'manual' },
      }),
    );
    expect(await pressed.json()).toMatchObject({
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value: expect.stringMatching(/^Pivot(ed|ing)/),
    });
    expect(adaptiveCardProblems(await cardSaying(`User ${pivot.value}`))).toEqual([]);
  });

  it('a press on a tenant the caller may not use is refused to the presser alone, like an unknown one', async () => {
    const press = async (tenant: string) => {
      const data = { verb: 'pivot', entity: 'ip', value: SPRAYER, tenant };
      const response = await signed(
        activity({
          type: 'invoke',
          name: 'adaptiveCard/action',
          value: { action: { type: 'Action.Execute', verb: 'pivot', data }, trigger: 'manual' },
        }),
      );
      return ((await response.json()) as { value: string }).value;
    };
    const forbidden = await press('tenant-b');
    const unknown = await press('tenant-zz');
    expect(forbidden).toContain('you may not use tenant');
    expect(forbidden.replace('tenant-b', 'X')).toBe(unknown.replace('tenant-zz', 'X'));
  });
});
