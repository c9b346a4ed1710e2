import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { attackerIps } from '../../src/hunts/index.ts';
import type { RunningHuntops } from '../../src/server/index.ts';
import type { SlackApiStandin, SlackCall } from '../standins/slack-api.ts';
import { type SlackClient, type SlackHuntops, startSlackHuntops } from '../support/slack-client.ts';
import { SLACK_TENANT_YAML } from '../support/test-huntops.ts';

// tenant-a's demo logs (seed 1): this address sprays 30 accounts, then signs in as one of them.
const SPRAYER = attackerIps(1).spray;

/**
 * Entity pivots (`/hunt ip|user|host <value> <tenant|all>` and their buttons) attacked from chat: values that
 * would escape a KQL literal, `all` reaching tenants the caller may not hunt, buttons replayed from another
 * channel or rewritten to another tenant. SLACK_TENANT_YAML: tenant-a is bound to C1, tenant-b to C2.
 */
describe('security: entity pivots', () => {
  let rig: SlackHuntops;
  let slack: SlackApiStandin;
  let huntops: RunningHuntops;
  let client: SlackClient;
  let attacker = 0;
  const pivots = () => huntops.store.audit.list({ action: 'hunt.pivot' });
  const byActor = async (action: string, actor: string) =>
    (await huntops.store.audit.list({ action })).filter((event) => event.actor === actor);
  /** A pivot runs several queries: its card and audit event come a while after the acknowledgement. */
  const pivotsBy = async (actor: string) => {
    await vi.waitFor(
      async () => {
        if ((await byActor('hunt.pivot', actor)).length === 0) throw new Error(`no pivot by ${actor} audited yet`);
      },
      { timeout: 30_000, interval: 50 },
    );
    return byActor('hunt.pivot', actor);
  };
  /** The tenants each query of a pivot ran on. */
  const tenantsQueried = (events: Awaited<ReturnType<typeof pivotsBy>>) =>
    events.flatMap((event) =>
      ((event.details?.queries ?? []) as Array<{ tenant: string }>).map((query) => query.tenant),
    );

  beforeAll(async () => {
    rig = await startSlackHuntops();
    ({ slack, huntops, client } = rig);
  });
  afterAll(async () => rig?.close());

  it.each([
    ['ip', `${SPRAYER}"|take 1`],
    ['ip', `${SPRAYER}'`],
    ['ip', `${SPRAYER}\\`],
    ['ip', `${SPRAYER}//x`],
    ['ip', '203.0.113.5|union'],
    ['ip', '\u0662\u0660\u0663.0.113.5'],
    ['ip', '__proto__'],
    ['user', 'alice@contoso.com"|where 1==1'],
    ['user', "o'brien@contoso.com"],
    ['user', 'alice@contoso.com\\'],
    ['user', 'alice@contoso.com;let x=1'],
    ['user', 'alice@cont\u043eso.com'],
    ['user', 'alice\uff20contoso.com'],
    ['user', '__proto__'],
    ['user', `${'a'.repeat(200)}@contoso.com`],
    ['host', 'ws-042"'],
    ['host', 'ws-042|take'],
    ['host', 'ws\\042'],
    ['host', 'ws\u2010042'],
    ['host', '\uff57s-042'],
    ['host', '__proto__'],
    ['host', '-ws'],
    ['host', `${'a.'.repeat(130)}com`],
  ])('refuses /hunt %s %s by its shape: audited, no query run', async (entity, value) => {
    const user = `U-PIVOT-${++attacker}`;
    const before = (await pivots()).length;
    const answer = await client.command(`${entity} ${value} tenant-a`, user, 'C1');
    expect(answer).toMatch(/is not (an IP address|a user principal name|a host name): write it like/);
    expect(answer).not.toMatch(/^Pivoting/);
    expect(await byActor('command.rejected', user)).toHaveLength(1);
    expect(await pivots()).toHaveLength(before);
  });

  it('a value with a line break runs no query with the text after it', async () => {
    const user = `U-PIVOT-${++attacker}`;
    const before = (await pivots()).length;
    const answer = await client.command(`ip ${SPRAYER}\n| take 1 tenant-a`, user, 'C1');
    expect(answer).not.toMatch(/^Pivoting/);
    expect(await byActor('command.rejected', user)).toHaveLength(1);
    expect(await pivots()).toHaveLength(before);
  });

  it('an accepted value reaches each query only as the typed literal of its let', async () => {
    expect(await client.command('host constructor tenant-a', 'U-PIVOT-OK', 'C1')).toMatch(/^Pivoting/);
    const [audited] = await pivotsBy('U-PIVOT-OK');
    const queries = audited.details?.queries as Array<{ query: string }>;
    expect(queries.length).toBeGreaterThan(0);
    for (const { query } of queries) {
      expect(query).toContain('let entityHost = "constructor";');
      expect(query.split('constructor')).toHaveLength(2);
    }
  });

  it('`all` fans out only into the tenants the caller may hunt from this channel; from nowhere it is refused', async () => {
    expect(await client.command(`ip ${SPRAYER} all`, 'U-ALL', 'C1')).toMatch(/^Pivoting/);
    expect(new Set(tenantsQueried(await pivotsBy('U-ALL')))).toEqual(new Set(['tenant-a']));
    for (const call of slack.calls.filter((c) => c.method === 'chat.postMessage' && c.args.channel === 'C1'))
      expect(JSON.stringify(call.args.blocks)).not.toMatch(/tenant-b|Fabrikam/);

    const before = (await pivots()).length;
    expect(await client.command(`ip ${SPRAYER} all`, 'U-NOWHERE', 'C-NONE')).not.toMatch(/^Pivoting|tenant-[ab]/);
    expect(await pivots()).toHaveLength(before);
  });

  it.each([
    'help __proto__',
    'help constructor',
    'list __proto__',
    'list toString',
    `list ${'a'.repeat(5000)}`,
    'help spray __proto__',
  ])('/hunt %s answers plainly, names no other tenant and leaves the bot serving', async (text) => {
    const user = `U-LOOKUP-${++attacker}`;
    const answer = await client.command(text, user, 'C1');
    expect(answer).not.toMatch(/TypeError|undefined|\[object|tenant-b|Fabrikam/);
    expect(answer.length).toBeLessThan(4000);
    expect(await client.command('list identity', user, 'C1')).not.toMatch(/TypeError/);
  });

  describe('a pivot button', () => {
    let card: SlackCall;
    beforeAll(async () => {
      await client.command(`ip ${SPRAYER} tenant-a`, 'U-ANALYST', 'C1');
      card = await client.cardWith(`IP address ${SPRAYER}`);
      await pivotsBy('U-ANALYST');
    });
    const pivotValue = (tenant: string) => JSON.stringify({ verb: 'pivot', entity: 'ip', value: SPRAYER, tenant });

    it('replayed from a channel of another tenant is refused and audited; nothing runs', async () => {
      const before = (await pivots()).length;
      await client.press('U-REPLAY', card, 'pivot', { channel: 'C2' });
      await expect.poll(async () => (await byActor('access.refused', 'U-REPLAY')).length).toBe(1);
      expect((await byActor('access.refused', 'U-REPLAY'))[0]).toMatchObject({ tenant: 'tenant-a', channel: 'C2' });
      expect(await pivots()).toHaveLength(before);
    });

    it.each(['tenant-b', '__proto__', 'constructor'])(
      'rewritten to tenant %s is refused like an unknown tenant and audited',
      async (tenant) => {
        const user = `U-REWRITE-${tenant}`;
        const before = (await pivots()).length;
        await client.press(user, card, 'pivot', { value: pivotValue(tenant) });
        await expect
          .poll(async () => [
            ...(await byActor('access.refused', user)),
            ...(await byActor('action.rejected', user)),
            ...(await byActor('command.rejected', user)),
          ])
          .toHaveLength(1);
        expect(await pivots()).toHaveLength(before);
      },
    );

    it.each([
      ['an unknown entity', { verb: 'pivot', entity: '__proto__', value: SPRAYER, tenant: 'tenant-a' }],
      ['a nested value', { verb: 'pivot', entity: 'ip', value: { toString: SPRAYER }, tenant: 'tenant-a' }],
      ['a 10,000-character value', { verb: 'pivot', entity: 'host', value: 'a'.repeat(10_000), tenant: 'tenant-a' }],
      ['a missing tenant', { verb: 'pivot', entity: 'ip', value: SPRAYER }],
    ])('carrying %s is refused and audited; nothing runs', async (what, payload) => {
      const user = `U-TAMPER-${what.replaceAll(' ', '-')}`;
      const before = (await pivots()).length;
      await client.press(user, card, 'pivot', { value: JSON.stringify(payload) });
      await expect
        .poll(async () => [
          ...(await byActor('access.refused', user)),
          ...(await byActor('action.rejected', user)),
          ...(await byActor('command.rejected', user)),
        ])
        .toHaveLength(1);
      expect(await pivots()).toHaveLength(before);
    });

    it('rewritten to `all` reaches only the tenants of this channel', async () => {
      await client.press('U-REWRITE-ALL', card, 'pivot', { value: pivotValue('all') });
      expect(new Set(tenantsQueried(await pivotsBy('U-REWRITE-ALL')))).toEqual(new Set(['tenant-a']));
    });
  });
});

describe("security: pivot buttons spend the presser's command budget", () => {
  let rig: SlackHuntops;
  let slack: SlackApiStandin;
  let huntops: RunningHuntops;
  let client: SlackClient;
  beforeAll(async () => {
    rig = await startSlackHuntops({
      configYaml: `${SLACK_TENANT_YAML}rateLimits:\n  commandsPerUserPerMinute: 3\n`,
      clock: () => Date.parse('2026-11-22T08:00:00Z'),
    });
    ({ slack, huntops, client } = rig);
  });
  afterAll(async () => rig?.close());

  it('a user pressing pivot buttons over budget is refused, told when to retry, and audited; nothing more runs', async () => {
    await client.command(`ip ${SPRAYER} tenant-a`, 'U-SPAMMER', 'C1');
    const card = await client.cardWith(`IP address ${SPRAYER}`);
    await client.press('U-SPAMMER', card, 'pivot');
    await client.press('U-SPAMMER', card, 'pivot');
    await client.press('U-SPAMMER', card, 'pivot');
    await expect
      .poll(async () => (await huntops.store.audit.list({ action: 'rate.limited' })).map((e) => e.actor))
      .toEqual(['U-SPAMMER']);
    await expect
      .poll(() => slack.responses.map((response) => String(response.text)))
      .toContainEqual(expect.stringMatching(/try again in \d+ s/));
    await expect
      .poll(async () => (await huntops.store.audit.list({ action: 'hunt.pivot' })).length, { timeout: 30_000 })
      .toBe(3);
  });
});
