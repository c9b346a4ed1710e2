import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { DEMO_ATTACK_ORDER, SHIPPED_HUNTS } from '../hunts/support/shipped-hunts.ts';
import { runCli } from '../support/run-cli.ts';

const bin = fileURLToPath(new URL('../../src/cli/bin.mjs', import.meta.url));

const huntops = (...args: string[]) => runCli(args);

describe('huntops templates', { timeout: 60_000 }, () => {
  it('lists commands, names, techniques, backends and parameters as JSON (through bin.mjs)', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [bin, 'templates', '--format', 'json'], {
      env: { PATH: process.env.PATH },
    });
    const listed = JSON.parse(stdout) as {
      command: string;
      name: string;
      techniques: string[];
      backend: string;
      parameters: { name: string }[];
    }[];
    expect(listed.map((template) => template.command)).toEqual(SHIPPED_HUNTS);
    const spray = listed.find((template) => template.command === 'spray')!;
    expect(spray).toMatchObject({ backend: 'logAnalytics', techniques: ['T1110.003', 'T1078'] });
    expect(spray.name).toContain('password spray');
    expect(spray.parameters.map((parameter) => parameter.name)).toContain('minFailedUsersFromIP');
  });

  it('prints a readable list and includes rules from extra folders', async () => {
    const result = await huntops('templates', '--dir', 'tests/fixtures/hunts/dropped-in');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('/hunt spray: Short-window IP failure burst');
    expect(result.stdout).toContain('minFailedUsersFromIP (int, 1..10000, default 5)');
    expect(result.stdout).toContain('/hunt ssh-potential-brute-force: SSH - Potential Brute Force');
  });

  it('refuses an unknown format', async () => {
    const result = await huntops('templates', '--format', 'xml');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("--format must be text or json; got 'xml'.");
  });
});

// Linting the 40-odd shipped templates takes about 25 s on a quiet 2-core machine, several times that on a busy one.
describe('huntops lint', { timeout: 180_000 }, () => {
  it('passes the shipped templates and flags seed 002 with KS116, line and column', async () => {
    const clean = await huntops('lint');
    expect(clean.code).toBe(0);
    expect(clean.stdout.trim().split('\n')).toHaveLength(SHIPPED_HUNTS.length);
    expect(clean.stdout).toContain('spray.yaml: OK');
    const bad = await huntops('lint', 'tests/fixtures/hunts/seed-002-groupby-make-set.yaml');
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('seed-002-groupby-make-set.yaml:38:7: KS116 Error:');
  });

  it('explains a missing path', async () => {
    const result = await huntops('lint', '/nonexistent/template.yaml');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('/nonexistent/template.yaml does not exist');
  });
});

describe('huntops demo-data', { timeout: 60_000 }, () => {
  it('writes one JSONL file per table plus the ground truth, identically for the same seed', async () => {
    const [first, second] = [mkdtempSync(join(tmpdir(), 'demo-a-')), mkdtempSync(join(tmpdir(), 'demo-b-'))];
    const args = ['--seed', '7', '--end', '2026-11-22T08:00:00Z'];
    const result = await huntops('demo-data', '--out', first, ...args);
    await huntops('demo-data', '--out', second, ...args);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('attack spray: 203.0.113.');
    for (const file of ['SigninLogs.jsonl', 'DeviceLogonEvents.jsonl', 'attacks.json', 'lookalikes.json']) {
      expect(readFileSync(join(second, file), 'utf8')).toBe(readFileSync(join(first, file), 'utf8'));
    }
    const attacks = JSON.parse(readFileSync(join(first, 'attacks.json'), 'utf8')) as { command: string }[];
    expect(attacks.map((attack) => attack.command)).toEqual(DEMO_ATTACK_ORDER);
  });

  it.each([
    [['--seed', 'x'], "--seed must be a whole number; got 'x'."],
    [['--scale', '0'], '--scale must be a number above 0'],
    [['--end', 'yesterday'], '--end must be an ISO-8601 date-time'],
  ])('explains a bad option %j', async (options, message) => {
    const result = await huntops('demo-data', '--out', mkdtempSync(join(tmpdir(), 'demo-bad-')), ...options);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(message);
  });
});
