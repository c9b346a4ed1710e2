import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';

const AT = '2026-11-20T10:00:00Z';
const TEMPLATE_DIR = new URL('../fixtures/hunts/no-account-list/', import.meta.url).pathname;

interface JsonReport {
  tenant: string;
  query: string;
  runId: string;
  scores: { indicator: string; type?: string; score: number | null; band: string }[];
  proposals: { indicator: string; requestedBy: string }[];
}

describe('huntops hunt runs the chat hunt path', () => {
  let config: string;
  let env: Record<string, string>;
  const hunt = (...args: string[]) => runCli(['hunt', ...args, '--at', AT, '--config', config], env);

  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), 'huntops-cli-hunt-'));
    config = join(dir, 'huntops.config.yaml');
    writeFileSync(
      config,
      `tenants:\n  tenant-a:\n    displayName: Contoso\n    local: { demo: { seed: 1 } }\nstore: { sqlitePath: ${join(dir, 'huntops.db')} }\n`,
    );
    env = { HUNTOPS_DATA_DIR: join(dir, 'data') };
  });

  it('--format json carries the intel scores, the run id and the query; no proposals without --propose; audited', async () => {
    const run = await hunt('spray', 'tenant-a', '--format', 'json');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.scores).toContainEqual(
      expect.objectContaining({ indicator: '203.0.113.129', type: 'ip', score: 92, band: 'high' }),
    );
    expect(report.proposals).toEqual([]);
    expect(report.query).toContain('SigninLogs');

    const audit = await runCli(['audit', '--format', 'json', '--config', config], env);
    const events = JSON.parse(audit.stdout) as { action: string; surface: string; details: { runId?: string } }[];
    expect(events).toContainEqual(
      expect.objectContaining({
        action: 'hunt.run',
        surface: 'cli',
        details: expect.objectContaining({ runId: report.runId }),
      }),
    );
  });

  it('--propose proposes blocks as chat does, with the operator as requester', async () => {
    const run = await hunt('spray', 'tenant-a', '--format', 'json', '--propose');
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.proposals).toEqual([
      expect.objectContaining({ indicator: '203.0.113.129', requestedBy: expect.stringMatching(/^cli:/) }),
    ]);
  });

  it('--dir runs a template outside the config; the card says what it knows and nothing it does not', async () => {
    const run = await hunt('failures', 'tenant-a', '--dir', TEMPLATE_DIR);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Failures by IP: ');
    // The local engine counts the rows it read in the window, which are more than the findings it returned.
    const scanned = Number(/Rows: +([\d,]+) rows? scanned/.exec(run.stdout)?.[1].replace(/,/g, ''));
    expect(scanned).toBeGreaterThan(1);
    expect(run.stdout).not.toContain('returned');
    // An account count with no account list and no first/last mapping: no "+24", no "– → –".
    expect(run.stdout).toMatch(/^ {5}\d+ accounts?$/m);
    expect(run.stdout).not.toMatch(/accounts?: \+\d/);
    expect(run.stdout).not.toContain('– → –');
    // --at fixes the query's clock; the footer shows the measured duration, never a fixed-clock "0 ms".
    expect(run.stdout).not.toMatch(/· 0 ms ·/);
  });

  it('refuses an unknown template before hunting, naming the likely one and the command that lists them', async () => {
    const run = await hunt('spary', 'tenant-a');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      "unknown template 'spary' (did you mean 'spray'?); `huntops templates` lists them (--dir DIR adds a folder of your own)",
    );
    expect(run.stderr).not.toContain('Hunting');
  });

  it.each([
    [['--since', '99999d'], "--since: '99999d' is not a window: write a number and s, m, h or d"],
    [['--set', 'minFailedUsersFromIP=abc'], '--set: Parameter minFailedUsersFromIP (int, 1..10000, default 5)'],
    [['--set', 'minFailedUsers'], "--set: 'minFailedUsers' is not a parameter: write name=value"],
  ])('refuses %j before hunting, naming the option rather than giving chat advice', async (args, problem) => {
    const run = await hunt('spray', 'tenant-a', ...args);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(problem);
    expect(run.stdout + run.stderr).not.toContain('not understood');
  });

  it('a tenant whose secret is not set fails its hunt naming the variable, with no stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'huntops-cli-hunt-'));
    const remote = join(dir, 'huntops.config.yaml');
    writeFileSync(
      remote,
      [
        'tenants:',
        '  contoso:',
        '    displayName: Contoso',
        '    entraTenantId: 11111111-2222-4333-8444-555555555555',
        '    credentials: { kind: clientSecret, clientId: aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee, secretEnv: CONTOSO_UNSET_SECRET }',
        '    backend: logAnalytics',
        '    logAnalytics: { workspaceId: 6b2c0f6e-8a3d-4a8e-9a5b-2f7c1d2e3f40 }',
        `store: { sqlitePath: ${join(dir, 'huntops.db')} }`,
        '',
      ].join('\n'),
    );
    const run = await runCli(['hunt', 'spray', 'contoso', '--at', AT, '--config', remote], env);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('environment variable CONTOSO_UNSET_SECRET is not set');
    expect(run.stderr).toContain('"code":"huntops_backend_config_invalid"');
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at |\\n\s+at /);
  });
});
