import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BotFrameworkStandin } from '../standins/bot-framework.ts';
import type { SpawnedHuntops } from '../support/spawn-huntops.ts';
import { SOC_ENTRA_TENANT } from '../support/teams-env.ts';
import { startTeamsHuntops, type TeamsHuntops } from '../support/teams-huntops.ts';
import { answeredAfter, callsBesidesSentinel } from '../support/teams-sentinel.ts';
import { SLACK_TENANT_YAML } from '../support/test-huntops.ts';

const APP_ID = '0b8d6f44-1111-4222-8333-944445555777';
const APP_SECRET = 'teams-bot-secret-for-security-0001';
const CONVERSATION = '19:soc@thread.tacv2';

/** Hostile Teams traffic against the real server process: forged tokens, oversized bodies, unmapped tenants. */
describe('security: Teams tokens and access', () => {
  let teams: TeamsHuntops | undefined;
  let bf: BotFrameworkStandin;
  let huntops: SpawnedHuntops;
  const audit = () => {
    const db = new Database(join(huntops.dir, 'huntops.db'), { readonly: true });
    try {
      return db.prepare('select action, outcome, actor, tenant, channel from audit_events order by id').all() as {
        action: string;
        outcome: string;
        actor: string;
        tenant: string | null;
        channel: string | null;
      }[];
    } finally {
      db.close();
    }
  };

  beforeAll(async () => {
    teams = await startTeamsHuntops({ app: { id: APP_ID, secret: APP_SECRET }, configYaml: SLACK_TENANT_YAML });
    ({ bf, huntops } = teams);
  }, 60_000);
  afterAll(async () => teams?.close());

  const message = (text: string, user = 'aad-forger', channel = CONVERSATION) => ({
    type: 'message',
    id: `act-${Math.random().toString(36).slice(2)}`,
    channelId: 'msteams',
    serviceUrl: bf.serviceUrl,
    text,
    from: { id: `29:${user}`, aadObjectId: user, name: user },
    recipient: { id: `28:${APP_ID}`, name: 'huntops' },
    conversation: { id: channel, conversationType: 'channel', isGroup: true },
    channelData: { channel: { id: channel }, tenant: { id: SOC_ENTRA_TENANT } },
  });
  const send = (body: string, token?: string) =>
    fetch(`${huntops.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
    });

  /** An Action.Execute approve press by `user` with `data`, sent with a valid channel token; its invoke response. */
  const approvePress = async (user: string, data: unknown) => {
    const invoke = {
      ...message('', user),
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb: 'approve', data }, trigger: 'manual' },
    };
    return (await send(JSON.stringify(invoke), await bf.token({ aud: APP_ID }))).json();
  };

  it.each([
    ['no token', async () => undefined],
    ['a bad signature', async () => bf.token({ aud: APP_ID }, 'untrusted')],
    ['the wrong audience', async () => bf.token({ aud: '11111111-2222-3333-4444-555555555555' })],
    ['the wrong issuer', async () => bf.token({ aud: APP_ID, iss: 'https://sts.evil.example/' })],
    [
      'a serviceurl claim that is not the activity’s',
      async () => bf.token({ aud: APP_ID, serviceurl: 'https://evil.example/' }),
    ],
    ['an expired token', async () => bf.token({ aud: APP_ID, expiresInSeconds: -600 })],
  ])('refuses %s with 401: nothing sent, nothing audited', async (_name, token) => {
    const before = bf.calls.length;
    const response = await send(JSON.stringify(message('spray tenant-a')), await token());
    expect(response.status).toBe(401);
    await answeredAfter(
      bf,
      async (body) => send(JSON.stringify(body), await bf.token({ aud: APP_ID })),
      message('', 'aad-analyst'),
    );
    expect(callsBesidesSentinel(bf, before)).toEqual([]);
    expect(audit().some((event) => event.actor === 'aad-forger')).toBe(false);
  });

  it('refuses a 10 MB body with 413 before authenticating or parsing it', async () => {
    const body = JSON.stringify(message(`spray tenant-a ${'x'.repeat(10 * 1024 * 1024)}`));
    const response = await send(body, await bf.token({ aud: APP_ID }));
    expect(response.status).toBe(413);
    expect(audit().some((event) => event.actor === 'aad-forger')).toBe(false);
  });

  it('refuses 100 KB of command text in plain words and audits the rejection', async () => {
    const response = await send(
      JSON.stringify(message(`spray tenant-a ${'A'.repeat(100 * 1024)}`, 'aad-long')),
      await bf.token({ aud: APP_ID }),
    );
    expect(response.status).toBe(200);
    await bf.waitFor((call) => String(call.body.text ?? '').includes('commands are at most 2000'));
    await expect.poll(() => audit().some((e) => e.actor === 'aad-long' && e.action === 'command.rejected')).toBe(true);
  });

  it('refuses a channel hunting a tenant it is not mapped to, tells the user, and audits it', async () => {
    const response = await send(
      JSON.stringify(message('spray tenant-b', 'aad-analyst')),
      await bf.token({ aud: APP_ID }),
    );
    expect(response.status).toBe(200);
    await bf.waitFor((call) =>
      String(call.body.text ?? '').includes("you may not use tenant 'tenant-b' from here, or there is no such tenant"),
    );
    await expect
      .poll(() =>
        audit().some((e) => e.action === 'access.refused' && e.tenant === 'tenant-b' && e.actor === 'aad-analyst'),
      )
      .toBe(true);
  });

  it.each(['__proto__', 'constructor'])(
    'answers an approver’s Action.Execute naming tenant %s like any unknown tenant, and audits it',
    async (key) => {
      expect(await approvePress('aad-lead', { proposalId: 'p-proto', tenant: key })).toMatchObject({
        value: expect.stringMatching(/^you may not use tenant '.+' from here, or there is no such tenant/),
      });
      expect(audit().filter((e) => e.action === 'block.approve' && e.actor === 'aad-lead' && e.tenant === key)).toEqual(
        [expect.objectContaining({ outcome: 'refused' })],
      );
    },
  );

  it('refuses a press whose data is nested or mistyped JSON, and audits it', async () => {
    const answer = await approvePress('aad-nested', { proposalId: ['p'], tenant: { tenant: 'tenant-a' } });
    expect(answer).toMatchObject({ value: expect.stringContaining('card action payload is invalid') });
    expect(
      audit()
        .filter((e) => e.actor === 'aad-nested')
        .map((e) => [e.action, e.outcome]),
    ).toEqual([['action.rejected', 'refused']]);
  });

  it('refuses an approval from someone who is not an approver, and audits it', async () => {
    const answer = await approvePress('aad-analyst', {
      proposalId: '00000000-0000-4000-8000-000000000000',
      tenant: 'tenant-a',
    });
    expect(answer).toMatchObject({ value: 'you are not an approver for tenant-a' });
    expect(
      audit().some((e) => e.action === 'block.approve' && e.outcome === 'refused' && e.actor === 'aad-analyst'),
    ).toBe(true);
  });
});
