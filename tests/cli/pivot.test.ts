import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PivotCardModel } from '../../src/cards/index.ts';
import { attackerIps } from '../../src/hunts/index.ts';
import { adaptiveCardProblems } from '../cards/support/adaptive-validate.ts';
import { runCli } from '../support/run-cli.ts';

const AT = '2026-11-20T10:00:00Z';
// tenant-a's demo logs (seed 1): the spray's source address and the account it broke into.
const SPRAYER = attackerIps(1).spray;

describe('huntops pivot runs the chat pivot path', { timeout: 120_000 }, () => {
  let config: string;
  let env: Record<string, string>;
  const pivot = (...args: string[]) => runCli(['pivot', ...args, '--at', AT, '--config', config], env);

  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), 'huntops-cli-pivot-'));
    config = join(dir, 'huntops.config.yaml');
    writeFileSync(
      config,
      `tenants:\n  tenant-a:\n    displayName: Contoso\n    local: { demo: { seed: 1 } }\nstore: { sqlitePath: ${join(dir, 'huntops.db')} }\n`,
    );
    env = { HUNTOPS_DATA_DIR: join(dir, 'data') };
  });

  it('--format json is the card: timeline, score, related entities and every query; audited as hunt.pivot', async () => {
    const run = await pivot('ip', SPRAYER, 'tenant-a', '--format', 'json');
    expect(run.code).toBe(0);
    const card = JSON.parse(run.stdout) as PivotCardModel;
    expect(card).toMatchObject({ kind: 'pivot', entity: 'ip', value: SPRAYER, scope: 'tenant-a' });
    expect(card.window).toEqual({ start: '2026-11-19T10:00:00.000Z', end: AT.replace('Z', '.000Z') });
    expect(card.score).toMatchObject({ indicator: SPRAYER, band: 'high' });
    expect(card.timeline.map((event) => event.outcome)).toEqual(expect.arrayContaining(['success', 'failure']));
    expect(card.related.every((related) => related.pivot.entity === 'user')).toBe(true);
    expect(card.queries.map((query) => query.name)).toContain('Entra ID sign-ins from an IP address');
    expect(card.queries.every((query) => query.error === undefined)).toBe(true);

    const audit = await runCli(['audit', '--format', 'json', '--action', 'hunt.pivot', '--config', config], env);
    const events = JSON.parse(audit.stdout) as { surface: string; details: { runId: string; value: string } }[];
    expect(events).toContainEqual(
      expect.objectContaining({
        surface: 'cli',
        details: expect.objectContaining({ runId: card.runId, value: SPRAYER }),
      }),
    );
  });

  it('--format card prints a valid Adaptive Card (Block Kit: the Slack pivot test); text is readable', async () => {
    const card = await pivot('host', 'SRV-WEB01', 'tenant-a', '--format', 'card');
    expect(adaptiveCardProblems(JSON.parse(card.stdout))).toEqual([]);
    const text = await pivot('user', 'Yusuf.Dietz@contoso.com', 'all');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^User yusuf\.dietz@contoso\.com\n/);
    expect(text.stdout).toContain('/hunt user yusuf.dietz@contoso.com all');
  });

  it('refuses a value of the wrong shape, an unknown entity and an unknown tenant, naming what was wrong', async () => {
    const bad = await pivot('ip', '203.0.113.5"|take 1', 'tenant-a');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('is not an IP address: write it like 203.0.113.5');
    const entity = await pivot('mac', 'aa:bb', 'tenant-a');
    expect(entity.stderr).toContain('expected one of ip, user, host');
    const tenant = await pivot('ip', SPRAYER, 'tenant-zz');
    expect(tenant.stderr).toContain("unknown tenant 'tenant-zz'");
  });
});
