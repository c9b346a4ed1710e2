import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHuntops } from '../../src/server/index.ts';
import { type SlackApiStandin, startSlackApiStandin } from '../standins/slack-api.ts';
import { type SlackClient, slackClient } from '../support/slack-client.ts';
import { SLACK_TENANT_YAML, startTestHuntops } from '../support/test-huntops.ts';

const SECRET = 'slack-signing-secret-for-rates-0001';
/** Small budgets so a test meets them: 3 commands a user a minute (one back every 20 s), 2 hunts a tenant an hour. */
const LIMITS_YAML = `rateLimits:\n  commandsPerUserPerMinute: 3\n  huntsPerTenantPerHour: 2\n`;

/** Per-user and per-tenant budgets, on the bot's injected clock: the test moves time instead of waiting. */
describe('security: rate limits', () => {
  let slack: SlackApiStandin;
  let huntops: RunningHuntops;
  let client: SlackClient;
  let now = Date.parse('2026-11-22T08:00:00Z');
  const limited = async (actor: string) =>
    (await huntops.store.audit.list({ action: 'rate.limited' })).filter((event) => event.actor === actor);

  beforeAll(async () => {
    slack = await startSlackApiStandin();
    huntops = await startTestHuntops({
      configYaml: SLACK_TENANT_YAML + LIMITS_YAML,
      env: { SLACK_BOT_TOKEN: 'xoxb-rates-0001', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl },
      clock: () => now,
    });
    client = slackClient(huntops, slack, SECRET);
  });
  afterAll(async () => {
    await huntops?.close();
    await slack?.close();
  });

  it('answers a user over their budget with when to try again, audits it, and lets them in once it refills', async () => {
    for (let i = 0; i < 3; i++) expect(await client.command('help', 'U-BUSY', 'C1')).toBe('');
    expect(await client.command('help', 'U-BUSY', 'C1')).toBe(
      'you have sent more than 3 commands in a minute: try again in 20 s',
    );
    now += 5_000;
    expect(await client.command('tenants', 'U-BUSY', 'C1')).toMatch(/try again in 15 s$/);
    expect(await limited('U-BUSY')).toEqual([
      expect.objectContaining({ details: expect.objectContaining({ scope: 'user', retryAfterSeconds: 20 }) }),
      expect.objectContaining({ details: expect.objectContaining({ scope: 'user', retryAfterSeconds: 15 }) }),
    ]);
    // Someone else is not held up by it.
    expect(await client.command('help', 'U-CALM', 'C1')).toBe('');
    now += 15_000;
    expect(await client.command('help', 'U-BUSY', 'C1')).toBe('');
  });

  it("counts a tenant's hunts whoever runs them, and refuses more before any query runs", async () => {
    for (const user of ['U-H1', 'U-H2']) expect(await client.command('spray tenant-a', user, 'C1')).toMatch(/^Hunting/);
    expect(await client.command('spray tenant-a', 'U-H3', 'C1')).toBe(
      'tenant-a has had its 2 hunts this hour: try again in 1800 s',
    );
    expect(await limited('U-H3')).toEqual([
      expect.objectContaining({ tenant: 'tenant-a', details: expect.objectContaining({ scope: 'tenant' }) }),
    ]);
    await expect
      .poll(async () => (await huntops.store.audit.list({ action: 'hunt.run' })).map((event) => event.actor).sort(), {
        timeout: 15_000,
      })
      .toEqual(['U-H1', 'U-H2']);
    // Another tenant has its own budget.
    expect(await client.command('spray tenant-b', 'U-H4', 'C2')).toMatch(/^Hunting/);
  });
});
