import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import { ANALYST, blockingService, correlationId, LEAD, recordingProvider } from '../blocking/support/builders.ts';
import { runCli } from '../support/run-cli.ts';

const NOW = Date.now();
const DAY = 86_400_000;

/** A config with two tenants and a SQLite file holding three active blocks (two IPs, a URL), one denial and one unblocked block. */
async function prepare(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'huntops-cli-blocks-'));
  const sqlitePath = join(dir, 'huntops.db');
  const configPath = join(dir, 'huntops.config.yaml');
  writeFileSync(
    configPath,
    `tenants:
  tenant-a:
    displayName: Contoso
    local: { dataDir: ./logs }
    approvers: { slack: [U-LEAD] }
    blocking: { provider: defender-indicator, expiryDays: 30 }
  tenant-b:
    displayName: Fabrikam
    local: { dataDir: ./logs }
    blocking: { provider: entra-named-location, namedLocationId: 0c0c0c0c-0000-4000-8000-0000000000b1 }
store: { sqlitePath: ${sqlitePath} }
`,
  );
  // The blocking builders' tenant-a, on the same SQLite file, at a clock two days ago.
  let now = NOW - 2 * DAY;
  const store = await openStore({ sqlitePath, clock: () => now });
  const service = blockingService(store, recordingProvider().provider, () => now);
  const request = (ip: string) =>
    service.request({ tenant: 'tenant-a', indicator: ip, reason: 'spray', caller: ANALYST, correlationId });
  const decide = async (ip: string, verb: 'approve' | 'deny') => {
    const outcome = await request(ip);
    if (!outcome.ok) throw new Error(outcome.reason);
    await service.decide({ tenant: 'tenant-a', proposalId: outcome.proposal!.id, verb, caller: LEAD, correlationId });
  };
  await decide('203.0.113.7', 'approve');
  now = NOW - DAY;
  await decide('203.0.113.8', 'approve');
  await decide('https://evil-cdn.example/kit.zip', 'approve');
  await decide('203.0.113.9', 'deny');
  await decide('203.0.113.10', 'approve');
  await service.unblock({ tenant: 'tenant-a', indicator: '203.0.113.10', caller: LEAD, correlationId });
  await store.close();
  return configPath;
}

const run = (...args: string[]) => runCli(args);

describe('huntops audit and huntops blocks list (the real program on a prepared SQLite file)', () => {
  let config: string;
  beforeAll(async () => {
    config = await prepare();
  });

  it('blocks list prints the active blocks with their expiry as JSON', async () => {
    const { stdout } = await run('blocks', 'list', '--format', 'json', '--config', config);
    const blocks = JSON.parse(stdout) as { indicator: string; expiresAt: string; approvedBy: string; tenant: string }[];
    expect(blocks.map((block) => block.indicator).sort()).toEqual([
      '203.0.113.7',
      '203.0.113.8',
      'https://evil-cdn.example/kit.zip',
    ]);
    const first = blocks.find((block) => block.indicator === '203.0.113.7')!;
    expect(first).toMatchObject({
      tenant: 'tenant-a',
      type: 'ip',
      approvedBy: 'U-LEAD',
      providerRef: 'ind-203.0.113.7',
    });
    expect(Date.parse(first.expiresAt)).toBe(NOW - 2 * DAY + 30 * DAY);
  });

  it('blocks list --type keeps the blocks of one indicator type and refuses a type it does not know', async () => {
    const { stdout } = await run('blocks', 'list', '--type', 'url', '--config', config);
    expect(stdout).toMatch(/^1 active block:\ntenant-a {2}URL {2}https:\/\/evil-cdn\.example\/kit\.zip /);
    expect(await run('blocks', 'list', '--type', 'md5', '--config', config)).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/--type.*Allowed choices are ip, domain, url, sha1, sha256/),
    });
  });

  it('blocks list as text names indicator, expiry and approver; a tenant without blocks says so', async () => {
    const { stdout } = await run('blocks', 'list', '--tenant', 'tenant-a', '--config', config);
    expect(stdout).toMatch(/^3 active blocks:/);
    expect(stdout).toMatch(
      /tenant-a {2}IP {2}203\.0\.113\.7 {2}defender-indicator {2}expires \S+ \(in 28 d\) {2}approved by U-LEAD/,
    );
    expect(stdout).not.toContain('203.0.113.9');
    expect((await run('blocks', 'list', '--tenant', 'tenant-b', '--config', config)).stdout.trim()).toBe(
      'no active blocks on tenant-b',
    );
  });

  it('an unknown tenant is refused with the configured ones named', async () => {
    expect(await run('blocks', 'list', '--tenant', 'nope', '--config', config)).toMatchObject({
      code: 1,
      stderr: expect.stringContaining("unknown tenant 'nope'; configured: tenant-a, tenant-b"),
    });
  });

  it('audit exports every event as CSV with one header row', async () => {
    const { stdout } = await run('audit', '--config', config);
    const rows = parse(stdout, { columns: true }) as Record<string, string>[];
    const actions = rows.map((row) => row.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'block.proposed',
        'block.approved',
        'block.denied',
        'provider.block.result',
        'provider.unblock',
      ]),
    );
    const denial = rows.find((row) => row.action === 'block.denied')!;
    expect(denial).toMatchObject({ tenant: 'tenant-a', actor: 'U-LEAD', surface: 'slack', correlationId });
    expect(JSON.parse(denial.details)).toMatchObject({ indicator: '203.0.113.9' });
  });

  it('audit --since keeps only events from that point, as JSON', async () => {
    const isoSince = new Date(NOW - 36 * 3_600_000).toISOString();
    const json = async (...args: string[]) =>
      JSON.parse((await run('audit', ...args, '--format', 'json', '--config', config)).stdout) as {
        at: string;
        details: { indicator?: string };
      }[];
    // One after another: the runs share this process's console.
    const all = await json();
    const recent = await json('--since', '36h');
    const byDate = await json('--since', isoSince);
    const otherTenant = await json('--tenant', 'tenant-b');
    expect(recent.length).toBeGreaterThan(0);
    expect(recent.length).toBeLessThan(all.length);
    expect(recent.every((event) => Date.parse(event.at) >= NOW - 36 * 3_600_000)).toBe(true);
    expect(recent.some((event) => event.details.indicator === '203.0.113.7')).toBe(false);
    expect(byDate).toHaveLength(recent.length);
    expect(otherTenant).toEqual([]);
  });

  it('audit --action keeps one audited action; an action that does not exist is refused with the list', async () => {
    const { stdout } = await run('audit', '--action', 'block.denied', '--format', 'json', '--config', config);
    expect((JSON.parse(stdout) as { action: string }[]).map((event) => event.action)).toEqual(['block.denied']);
    const refused = await run('audit', '--action', 'block.deleted', '--config', config);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/block\.deleted.*Allowed choices are .*block\.denied/s);
  });

  it('a bad --since says what is accepted', async () => {
    expect(await run('audit', '--since', 'yesterday', '--config', config)).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('--since: expected an ISO date/time'),
    });
  });
});
