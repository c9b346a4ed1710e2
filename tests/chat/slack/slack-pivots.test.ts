import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePivotAction, type SlackMessage } from '../../../src/cards/index.ts';
import { attackerIps } from '../../../src/hunts/index.ts';
import type { RunningHuntops } from '../../../src/server/index.ts';
import { slackLimitProblems } from '../../cards/support/slack-limits.ts';
import { type SlackApiStandin, startSlackApiStandin } from '../../standins/slack-api.ts';
import { type SlackClient, slackClient } from '../../support/slack-client.ts';
import { SLACK_TENANT_YAML, startTestHuntops } from '../../support/test-huntops.ts';

const SECRET = 'slack-signing-secret-for-tests-0031';
// tenant-a's demo logs (seed 1): this address sprays 30 accounts, then signs in as one of them.
const SPRAYER = attackerIps(1).spray;

/** The real server behind a Slack API stand-in, for the describe block it is called in; `configYaml` is its config. */
function slackHuntops(options: { configYaml?: string; clock?: () => number } = {}) {
  const running = {} as { slack: SlackApiStandin; huntops: RunningHuntops; client: SlackClient };
  beforeAll(async () => {
    running.slack = await startSlackApiStandin();
    running.huntops = await startTestHuntops({
      ...options,
      env: {
        SLACK_BOT_TOKEN: 'xoxb-test-token-0031',
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: running.slack.apiUrl,
      },
    });
    running.client = slackClient(running.huntops, running.slack, SECRET);
  });
  afterAll(async () => {
    await running.huntops?.close();
    await running.slack?.close();
  });
  return running;
}

describe('Slack: entity pivots (real bolt, signed requests, Slack API stand-in)', () => {
  const running = slackHuntops();

  it('/hunt ip answers with one card inside Slack’s limits; its user button pivots further', async () => {
    expect(await running.client.command(`ip ${SPRAYER} tenant-a`, 'U-ANALYST', 'C1')).toBe(
      `Pivoting on ip ${SPRAYER} in tenant-a (last 24h)…`,
    );
    const card = await running.client.cardWith(`IP address ${SPRAYER}`);
    const text = JSON.stringify(card.args.blocks);
    expect(text).toContain('sign-in success');
    expect(text).toContain('sign-in failure');
    expect(text).toContain('Entra ID sign-ins from an IP address');
    expect(slackLimitProblems(card.args as unknown as SlackMessage)).toEqual([]);

    await running.client.press('U-ANALYST', card, 'pivot');
    const pressed = JSON.parse(
      JSON.parse(`"${text.match(/"action_id":"pivot:[^"]+","value":"((?:[^"\\]|\\.)*)"/)![1]}"`),
    ) as unknown;
    const pivot = parsePivotAction(pressed)!;
    expect(pivot).toMatchObject({ entity: 'user', tenant: 'tenant-a' });
    await running.client.cardWith(`User ${pivot.value}`);

    // The card is posted before the pivot is audited.
    await expect
      .poll(async () =>
        (await running.huntops.store.audit.list({ action: 'hunt.pivot' })).map((event) => event.details?.entity),
      )
      .toEqual(expect.arrayContaining(['ip', 'user']));
    const audited = await running.huntops.store.audit.list({ action: 'hunt.pivot' });
    const ipPivot = audited.find((event) => event.details?.entity === 'ip')!;
    expect(ipPivot).toMatchObject({ outcome: 'ok', tenant: 'tenant-a', actor: 'U-ANALYST', surface: 'slack' });
    // The value reached each query as a typed string literal in place of the let's default, nowhere else.
    const queries = ipPivot.details?.queries as Array<{ query: string }>;
    for (const { query } of queries) expect(query).toContain(`let entityIp = "${SPRAYER}";`);
  });

  it('a forbidden tenant and an unknown one get the same answer, and each refusal is audited with its cause', async () => {
    const forbidden = await running.client.command('ip 203.0.113.5 tenant-b', 'U-ANALYST', 'C1');
    const unknown = await running.client.command('ip 203.0.113.5 tenant-zz', 'U-ANALYST', 'C1');
    expect(forbidden).toContain('you may not use tenant');
    expect(forbidden.replace('tenant-b', 'X')).toBe(unknown.replace('tenant-zz', 'X'));
    const refusals = await running.huntops.store.audit.list({ action: 'access.refused' });
    const pivots = refusals.filter((event) => event.details?.command === 'pivot');
    expect(pivots.map((event) => event.tenant).sort()).toEqual(['tenant-b', 'tenant-zz']);
    expect(new Set(pivots.map((event) => event.details?.reason)).size).toBe(2);
  });

  it('a tampered pivot button is refused by the grammar, audited, and never reaches a query', async () => {
    await running.client.command(`ip ${SPRAYER} tenant-a`, 'U-ANALYST', 'C1');
    const card = await running.client.cardWith(`IP address ${SPRAYER}`);
    await expect
      .poll(async () => (await running.huntops.store.audit.list({ action: 'hunt.pivot' })).length)
      .toBeGreaterThan(0);
    const before = (await running.huntops.store.audit.list({ action: 'hunt.pivot' })).length;
    const value = JSON.stringify({ verb: 'pivot', entity: 'ip', value: `${SPRAYER}"|take 1`, tenant: 'tenant-a' });
    await running.client.press('U-ANALYST', card, 'pivot', { value });
    await expect
      .poll(() => running.slack.responses.map((response) => String(response.text)).join('\n'))
      .toContain('is not an IP address');
    const rejected = await running.huntops.store.audit.list({ action: 'command.rejected' });
    expect(rejected.some((event) => String(event.details?.problem).includes('is not an IP address'))).toBe(true);
    expect(await running.huntops.store.audit.list({ action: 'hunt.pivot' })).toHaveLength(before);
  });
});

describe("Slack: a pivot spends its tenants' hunt budget, like a hunt", () => {
  const running = slackHuntops({
    configYaml: `${SLACK_TENANT_YAML}rateLimits:\n  huntsPerTenantPerHour: 1\n`,
    clock: () => Date.parse('2026-11-22T08:00:00Z'),
  });

  it('refuses a pivot on a tenant with no hunt left, named or through all, before any query runs; audited', async () => {
    expect(await running.client.command(`host srv-web01 tenant-a`, 'U-ANALYST', 'C1')).toMatch(/^Pivoting/);
    const spent = /^tenant-a has had its 1 hunts? this hour/;
    expect(await running.client.command(`ip ${SPRAYER} tenant-a`, 'U-ANALYST', 'C1')).toMatch(spent);
    expect(await running.client.command(`ip ${SPRAYER} all`, 'U-ANALYST', 'C1')).toMatch(spent);
    const limited = await running.huntops.store.audit.list({ action: 'rate.limited' });
    expect(limited.map((event) => event.details?.scope)).toEqual(['tenant', 'tenant']);
    expect(limited.map((event) => event.details?.request)).toContain('pivot ip');
    await expect.poll(async () => (await running.huntops.store.audit.list({ action: 'hunt.pivot' })).length).toBe(1);
  });
});
