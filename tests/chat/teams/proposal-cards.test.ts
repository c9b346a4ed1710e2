import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConnectorCall } from '../../standins/bot-framework.ts';
import { SOC_ENTRA_TENANT } from '../../support/teams-env.ts';
import { startTeamsHuntops, type TeamsHuntops } from '../../support/teams-huntops.ts';
import { SLACK_TENANT_YAML } from '../../support/test-huntops.ts';

const APP_ID = '0b8d6f44-1111-4222-8333-944445555618';
const APP_SECRET = 'teams-bot-secret-for-tests-0018';
const CHANNEL = '19:soc@thread.tacv2';

describe('Teams: every card of a proposal shows its state', () => {
  let teams: TeamsHuntops;
  beforeAll(async () => {
    teams = await startTeamsHuntops({ app: { id: APP_ID, secret: APP_SECRET }, configYaml: SLACK_TENANT_YAML });
  }, 60_000);
  afterAll(async () => teams?.close());

  /** An activity in one reply thread of the SOC channel (Teams gives each thread its own conversation id). */
  const activity = (thread: string, overrides: Record<string, unknown>) => ({
    id: `act-${Math.random().toString(36).slice(2)}`,
    channelId: 'msteams',
    serviceUrl: teams.bf.serviceUrl,
    from: { id: '29:analyst', aadObjectId: 'aad-analyst', name: 'Ana Lyst' },
    recipient: { id: `28:${APP_ID}`, name: 'huntops' },
    conversation: { id: `${CHANNEL};messageid=${thread}`, conversationType: 'channel', isGroup: true },
    channelData: { channel: { id: CHANNEL }, tenant: { id: SOC_ENTRA_TENANT } },
    ...overrides,
  });
  const send = async (body: object) =>
    fetch(`${teams.huntops.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await teams.bf.token({ aud: APP_ID })}` },
      body: JSON.stringify(body),
    });
  const huntIn = async (thread: string): Promise<ConnectorCall> => {
    await send(activity(thread, { type: 'message', text: 'spray tenant-a' }));
    return teams.bf.waitFor(
      (call) =>
        call.method === 'POST' &&
        call.path.includes(`messageid=${thread}`) &&
        JSON.stringify(call.body.attachments ?? []).includes('proposalId'),
      30_000,
    );
  };

  it('approving on the card of one thread updates the card in the other thread too', async () => {
    const first = await huntIn('111');
    const second = await huntIn('222');
    const proposalOf = (call: ConnectorCall) => /"proposalId":"([0-9a-f-]{36})"/.exec(JSON.stringify(call.body))?.[1];
    const proposalId = proposalOf(second);
    expect(proposalId).toBeDefined();
    expect(proposalOf(first)).toBe(proposalId);

    const approve = activity('222', {
      type: 'invoke',
      name: 'adaptiveCard/action',
      from: { id: '29:aad-lead', aadObjectId: 'aad-lead', name: 'aad-lead' },
      value: { action: { type: 'Action.Execute', verb: 'approve', data: { proposalId, tenant: 'tenant-a' } } },
    });
    expect((await send(approve)).status).toBe(200);
    for (const [thread, card] of [
      ['111', first],
      ['222', second],
    ] as const) {
      const update = await teams.bf.waitFor(
        (call) =>
          call.method === 'PUT' &&
          call.path.includes(`messageid=${thread}`) &&
          call.path.endsWith(`/activities/${card.activityId}`) &&
          /Blocked/.test(JSON.stringify(call.body)),
        10_000,
      );
      expect(JSON.stringify(update.body)).not.toMatch(/waiting for/i);
    }
  });
});
