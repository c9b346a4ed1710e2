import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';

const AT = '2026-11-20T12:00:00Z';
const TEMPLATE_DIR = new URL('../fixtures/hunts/externaldata/', import.meta.url).pathname;
const DATA_DIR = new URL('../fixtures/backends/workspace-a/', import.meta.url).pathname;

describe('hunts on the local backend read externaldata as kql.externalData allows', () => {
  let config: string;
  let env: Record<string, string>;
  const hunt = (...args: string[]) =>
    runCli(['hunt', ...args, '--at', AT, '--config', config, '--dir', TEMPLATE_DIR], env);

  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), 'huntops-cli-external-'));
    // The mapped path is relative: it is read from the config file's folder, not the working directory.
    writeFileSync(join(dir, 'bad-ips.csv'), '198.51.100.23,high\n203.0.113.9,low\n');
    config = join(dir, 'huntops.config.yaml');
    writeFileSync(
      config,
      [
        'tenants:',
        '  tenant-a:',
        '    displayName: Contoso',
        `    local: { dataDir: ${DATA_DIR} }`,
        `store: { sqlitePath: ${join(dir, 'huntops.db')} }`,
        'kql:',
        '  externalData:',
        '    files: { "https://feeds.example.org/bad-ips.csv": bad-ips.csv }',
        '',
      ].join('\n'),
    );
    env = { HUNTOPS_DATA_DIR: join(dir, 'data') };
  });

  it('a hunt joining a mapped feed finds the sign-ins from the addresses it rates high', async () => {
    const run = await hunt('feed-sign-ins', 'tenant-a', '--since', '1d');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('198.51.100.23');
    expect(run.stdout).not.toContain('203.0.113.9');
  });

  it('a hunt reading an unmapped URL is refused with KQL0023 naming the URL and the setting to change', async () => {
    const run = await hunt('unmapped-feed-sign-ins', 'tenant-a', '--since', '1d');
    // The error card, as chat shows it: what failed, then the engine's diagnostic saying what to configure.
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('The hunt query failed');
    expect(run.stdout).toMatch(
      /KQL0023 line 1, col 12: externaldata .*not available offline \(https:\/\/feeds\.example\.org\/unmapped\.csv is neither mapped to a local file nor an allow-listed HTTPS URL/,
    );
    expect(run.stdout).toContain(
      'map its URL to a local file or allow-list it under kql.externalData in the config file',
    );
  });
});
