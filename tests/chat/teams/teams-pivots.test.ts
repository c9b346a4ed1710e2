import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePivotAction, TEAMS_CARD_BUDGET } from '../../../src/cards/index.ts';
import { attackerIps } from '../../../src/hunts/index.ts';
import { adaptiveCardProblems, executeActions } from '../../cards/support/adaptive-validate.ts';
import type { SpawnedHuntops } from '../../helpers/spawn-huntops.ts';
import { postActivity, socActivity } from '../../helpers/teams-activity.ts';
import { startTeamsHuntops, type TeamsHuntops } from '../../helpers/teams-huntops.ts';
import { SLACK_TENANT_YAML } from '../../helpers/test-huntops.ts';
import type { BotFrameworkStandin } from '../../standins/bot-framework.ts';

const APP_ID = '0b8d6f44-1111-4222-8333-944445555677';
const APP_SECRET = 'teams-bot-secret-for-tests-0031';
const SPRAYER = attackerIps(1).spray;

describe('Teams: entity pivots (real botbuilder, signed JWTs, stand-in connector)', () => {
  let teams: TeamsHuntops | undefined;
  let bf: BotFrameworkStandin;
  let huntops: SpawnedHuntops;

  beforeAll(async () => {
    teams = await startTeamsHuntops({ app: { id: APP_ID, secret: APP_SECRET }, configYaml: SLACK_TENANT_YAML });
    ({ bf, huntops } = teams);
  }, 60_000);
  afterAll(async () => teams?.close());

  const activity = (overrides: Record<string, unknown>) => socActivity(bf, APP_ID)(overrides);
  const send = async (body: object) => postActivity(huntops.url, body, await bf.token({ aud: APP_ID }));
  const cardSaying = async (text: string) => {
    const reply = await bf.waitFor(
      (call) => call.method === 'POST' && JSON.stringify(call.body.attachments ?? []).includes(text),
    );
    return (reply.body.attachments as Array<{ content: object }>)[0].content;
  };

  it('/hunt ip posts one valid card; pressing a related user on it posts that user’s card', async () => {
    expect((await send(activity({ type: 'message', text: `ip ${SPRAYER} tenant-a` }))).status).toBe(200);
    const card = await cardSaying(`IP address ${SPRAYER}`);
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(JSON.stringify(card).length).toBeLessThanOrEqual(TEAMS_CARD_BUDGET);
    expect(JSON.stringify(card)).toContain('sign-in failure');
    const user = executeActions(card).find((action) => (action.data as { entity?: string }).entity === 'user')!;
    const pivot = parsePivotAction({ ...(user.data as object), verb: user.verb })!;

    const pressed = await send(
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
      const response = await send(
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
