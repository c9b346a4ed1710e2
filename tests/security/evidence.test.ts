import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHuntops } from '../../src/server/index.ts';
import type { StoredAuditEvent } from '../../src/store/index.ts';
import { type SlackApiStandin, startSlackApiStandin } from '../standins/slack-api.ts';
import { runCli } from '../support/run-cli.ts';
import { slackHeaders, slashCommandBody } from '../support/slack-signing.ts';
import { SLACK_TENANT_YAML, startTestHuntops } from '../support/test-huntops.ts';

const SIGNING_SECRET = 'slack-signing-secret-for-evidence-01';

/** The marks of a query as rendered: the window as datetime literals, the parameter typed in, no placeholder left. */
function expectRendered(query: unknown, minFailedUsers: number): void {
  expect(query).toEqual(expect.stringMatching(/todatetime\('\d{4}-\d\d-\d\dT[\d:.]+Z'\)/));
  expect(query).toContain(`let minFailedUsersFromIP = int(${minFailedUsers});`);
  expect(query).not.toContain('{{');
}

describe('evidence: the KQL each hunt ran is kept with the run and in the audit trail', { timeout: 60_000 }, () => {
  let slack: SlackApiStandin;
  let huntops: RunningHuntops;

  beforeAll(async () => {
    slack = await startSlackApiStandin();
    huntops = await startTestHuntops({
      env: {
        SLACK_BOT_TOKEN: 'xoxb-test-token-0001',
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: slack.apiUrl,
      },
    });
  });
  afterAll(async () => {
    await huntops?.close();
    await slack?.close();
  });

  it('a Slack hunt: its run record and hunt.run event hold the query, and huntops audit exports it', async () => {
    const body = slashCommandBody({
      text: '/hunt spray tenant-a minFailedUsersFromIP=4',
      user: 'U-ANALYST',
      channel: 'C1',
      responseUrl: slack.responseUrl(),
    });
    const ack = await fetch(`${huntops.url}/slack/events`, {
      method: 'POST',
      body,
      headers: slackHeaders(SIGNING_SECRET, body),
    });
    expect(ack.status).toBe(200);
    const runEvent = async () => (await huntops.store.audit.list({ action: 'hunt.run' }))[0];
    await expect.poll(runEvent, { timeout: 30_000 }).toMatchObject({ outcome: 'ok' });
    const event = (await runEvent()) as StoredAuditEvent;
    const details = event.details as { runId: string; query: string };
    expectRendered(details.query, 4);
    expect((await huntops.services.runs.get(details.runId))?.query).toBe(details.query);

    const config = join(mkdtempSync(join(tmpdir(), 'huntops-evidence-')), 'huntops.config.yaml');
    writeFileSync(config, `${SLACK_TENANT_YAML}store: { sqlitePath: ${huntops.config.store.sqlitePath} }\n`);
    const exported = await runCli(['audit', '--format', 'csv', '--config', config]);
    const rows = parse(exported.stdout, { columns: true }) as Record<string, string>[];
    const row = rows.find((candidate) => candidate.action === 'hunt.run')!;
    expect(JSON.parse(row.details).query).toBe(details.query);
  });

  it('a sweep records the query each tenant ran in its hunt.sweep event', async () => {
    const body = slashCommandBody({
      text: '/hunt spray all minFailedUsersFromIP=3',
      user: 'U-ANALYST',
      channel: 'C1',
      responseUrl: slack.responseUrl(),
    });
    expect(
      (
        await fetch(`${huntops.url}/slack/events`, {
          method: 'POST',
          body,
          headers: slackHeaders(SIGNING_SECRET, body),
        })
      ).status,
    ).toBe(200);
    const sweepEvent = async () => (await huntops.store.audit.list({ action: 'hunt.sweep' }))[0];
    await expect.poll(sweepEvent, { timeout: 30_000 }).toBeDefined();
    const { tenants } = (await sweepEvent())!.details as { tenants: { tenant: string; query: string }[] };
    expect(tenants.map((line) => line.tenant)).toEqual(['tenant-a']);
    for (const line of tenants) expectRendered(line.query, 3);
  });

  it('huntops hunt --format json shows the query it ran, window and parameters filled in', async () => {
    const config = join(mkdtempSync(join(tmpdir(), 'huntops-evidence-')), 'huntops.config.yaml');
    writeFileSync(config, 'tenants:\n  tenant-a:\n    displayName: Contoso\n    local: { demo: { seed: 1 } }\n');
    const run = await runCli(
      [
        'hunt',
        'spray',
        'tenant-a',
        '--set',
        'minFailedUsersFromIP=6',
        '--since',
        '24h',
        '--at',
        '2026-11-20T10:00:00Z',
        '--format',
        'json',
        '--config',
        config,
      ],
      { HUNTOPS_DATA_DIR: join(tmpdir(), 'huntops-evidence-data') },
    );
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { tenant: string; query: string };
    expect(report.tenant).toBe('tenant-a');
    expectRendered(report.query, 6);
    expect(report.query).toContain("todatetime('2026-11-19T10:00:00.000Z')");
    expect(report.query).toContain("todatetime('2026-11-20T10:00:00.000Z')");
  });
});
