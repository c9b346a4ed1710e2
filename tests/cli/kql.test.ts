import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CliRun, runCli } from '../support/run-cli.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const SAMPLES = join(ROOT, 'tests/fixtures/kql/load/samples');
const FIXTURES = join(ROOT, 'tests/fixtures/kql/load');

type Run = CliRun;

const huntops = (...args: string[]): Promise<Run> => runCli(['kql', ...args]);

/** The run's stdout, after checking it succeeded (a failure shows its stderr in the test output). */
function okOutput(run: Run): string {
  expect({ code: run.code, stderr: run.code === 0 ? '' : run.stderr }).toEqual({ code: 0, stderr: '' });
  return run.stdout;
}

const FAILURES_BY_IP =
  'SecurityEvent | where EventID == 4625 | summarize Failures = count() by IpAddress | order by Failures desc | take 2';

describe('huntops kql', () => {
  it('--format json prints one wire-format JSON object', async () => {
    const run = await huntops('--data', SAMPLES, '--query', FAILURES_BY_IP, '--format', 'json');
    const result = JSON.parse(okOutput(run));
    expect(result.columns).toEqual([
      { name: 'IpAddress', type: 'string' },
      { name: 'Failures', type: 'long' },
    ]);
    expect(result.rows[0]).toEqual(['66.90.100.200', 14]);
    expect(result.rows).toHaveLength(2);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('--at sets now() for ago()', async () => {
    const query = 'SigninLogs | where TimeGenerated > ago(1d) | summarize n = count()';
    const [dayAfter, monthAfter] = await Promise.all([
      huntops('--data', SAMPLES, '--query', query, '--format', 'json', '--at', '2021-04-29T00:00:00Z'),
      huntops('--data', SAMPLES, '--query', query, '--format', 'json', '--at', '2021-05-29T00:00:00Z'),
    ]);
    expect(JSON.parse(okOutput(dayAfter)).rows).toEqual([[56]]);
    expect(JSON.parse(okOutput(monthAfter)).rows).toEqual([[0]]);
  });

  it('--stats prints one JSON line of figures on stderr; --file reads the query', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kql-cli-'));
    const file = join(dir, 'failures.kql');
    await writeFile(file, FAILURES_BY_IP);
    const run = await huntops('--data', SAMPLES, '--file', file, '--format', 'json', '--stats');
    okOutput(run);
    const stats = JSON.parse(run.stderr.trim().split('\n').at(-1) as string);
    expect(Object.keys(stats)).toEqual(['loadMs', 'queryMs', 'rows', 'peakRssMb']);
    expect(stats.rows).toBe(2);
    expect(stats.peakRssMb).toBeGreaterThan(10);
    expect(stats.loadMs).toBeGreaterThan(0);
  });

  it('--format csv writes RFC 4180 and --format table aligns columns', async () => {
    const query = 'SecurityEvent | where EventID == 4624 | project Account, Note = "a, \\"b\\"" | take 1';
    const [csv, table] = await Promise.all([
      huntops('--data', SAMPLES, '--query', query, '--format', 'csv'),
      huntops('--data', SAMPLES, '--query', query, '--format', 'table'),
    ]);
    expect(okOutput(csv)).toBe('Account,Note\r\nNT AUTHORITY\\SYSTEM,"a, ""b"""\r\n\n');
    expect(okOutput(table).split('\n')).toEqual([
      'Account              Note',
      '-------------------  ------',
      'NT AUTHORITY\\SYSTEM  a, "b"',
      '(1 row)',
      '',
    ]);
  });

  it('exits 2 with formatted diagnostics for a bad query', async () => {
    const run = await huntops('--data', SAMPLES, '--query', 'SecurityEvent | where NoSuchColumn == 1');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^KQL\w+ line 1, col \d+: .*NoSuchColumn/m);
    expect(run.stdout).toBe('');
  });

  it('exits 1 with the coded load error for bad data', async () => {
    const run = await huntops('--data', join(FIXTURES, 'bad-json-line'), '--query', 'SigninLogs | take 1');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/KQLL002 SigninLogs\.jsonl:3: not valid JSON/);
  });

  it('warns about files that are not tables the query reads, and still answers', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kql-cli-stray-'));
    await writeFile(join(dir, 'Events.jsonl'), '{"TimeGenerated":"2024-10-18T09:29:21Z","Ip":"203.0.113.7"}\n');
    await writeFile(join(dir, 'notes.json'), '{"owner":"soc"}');
    // A wildcard loads every file; a query that does not compile is rerun over every file for its diagnostics.
    const [wildcard, misspelt] = await Promise.all([
      huntops('--data', dir, '--query', 'union * | count', '--format', 'json'),
      huntops('--data', dir, '--query', 'Events | where Ipp == "x"'),
    ]);
    expect(wildcard.code).toBe(0);
    expect(JSON.parse(wildcard.stdout).rows).toEqual([[1]]);
    expect(wildcard.stderr).toMatch(/^warning: notes\.json: skipped: not loaded as table "notes" \(KQLL003 /m);
    expect(misspelt.code).toBe(2);
    expect(misspelt.stderr).toMatch(/Ipp/);
    expect(misspelt.stderr).not.toMatch(/^error:/m);
  });

  it('exits 1 with the coded load error of a file the query names, whatever else the folder holds', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kql-cli-named-'));
    await writeFile(join(dir, 'notes.json'), '{"owner":"soc"}');
    const run = await huntops('--data', dir, '--query', 'notes | count');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^error: KQLL003 notes\.json: expected an array of row objects/m);
  });

  it('--explain lists what the local engine would not run, with positions, without data or running', async () => {
    const query = 'DeviceEvents\n| extend c = cursor_current()\n| evaluate no_such_plugin()';
    const [explained, runnable, noData] = await Promise.all([
      huntops('--explain', '--query', query),
      huntops('--explain', '--query', 'DeviceEvents | take 1'),
      huntops('--query', 'DeviceEvents | take 1'),
    ]);
    expect(explained.code).toBe(2);
    expect(explained.stdout).toMatch(/^not run by the local engine:$/m);
    expect(explained.stdout).toMatch(
      /^ {2}KQL0021 line 2, col 14: function 'cursor_current' is not supported by the local engine$/m,
    );
    expect(explained.stdout).toMatch(
      /^ {2}KQL0020 line 3, col \d+: .*no_such_plugin.*not supported by the local engine$/m,
    );
    expect(okOutput(runnable)).toBe('the local engine runs every construct of this query\n');
    expect(noData.code).toBe(0);
  });

  it('runs without --data over empty tables, and warns that every table is empty', async () => {
    const [printed, table] = await Promise.all([
      huntops('--query', 'print answer = 6 * 7', '--format', 'json'),
      huntops('--query', 'DeviceEvents | take 1', '--format', 'json'),
    ]);
    expect(printed.code).toBe(0);
    expect(JSON.parse(printed.stdout).rows).toEqual([[42]]);
    expect(table.code).toBe(0);
    expect(JSON.parse(table.stdout).rows).toEqual([]);
    expect(table.stderr).toMatch(/^warning: --data: not given: every table is empty$/m);
  });

  it("_GetWatchlist('alias') without Watchlist_<alias>.csv answers no rows and warns; with it, its rows", async () => {
    const query =
      '_GetWatchlist("SID-AuditDomainGroups") | where Notes has "[Removal]" | project GroupSID, SAMAccountName, Notes';
    const withFile = await mkdtemp(join(tmpdir(), 'kql-cli-watchlist-'));
    await writeFile(
      join(withFile, 'Watchlist_SID-AuditDomainGroups.csv'),
      'GroupSID,SAMAccountName,Notes\nS-1-5-21-1-512,Domain Admins,[Removal]\n',
    );
    const [absent, present] = await Promise.all([
      huntops('--data', await mkdtemp(join(tmpdir(), 'kql-cli-no-watchlist-')), '--query', query, '--format', 'json'),
      huntops('--data', withFile, '--query', query, '--format', 'json'),
    ]);
    expect(JSON.parse(okOutput(absent)).rows).toEqual([]);
    expect(absent.stderr).toMatch(
      /^warning: watchlist 'SID-AuditDomainGroups' has no data here \(Watchlist_SID-AuditDomainGroups\.csv in the data folder\): it answers with no rows$/m,
    );
    expect(JSON.parse(okOutput(present)).rows).toEqual([['S-1-5-21-1-512', 'Domain Admins', '[Removal]']]);
    expect(present.stderr).not.toMatch(/watchlist/);
  });

  it('--explain says which names it typed from Sentinel query validation rather than the table reference', async () => {
    const run = await huntops(
      '--explain',
      '--query',
      '_Im_Dns(starttime=ago(1d)) | join (SQLEvent) on $left.SrcIpAddr == $right.ClientIP',
    );
    expect(okOutput(run)).toBe(
      [
        "typed from Azure-Sentinel's query validation schemas, not Microsoft's table reference (no rows without data):",
        '  SQLEvent: Sentinel solution table',
        '  _Im_Dns: ASIM Dns parser',
        'the local engine runs every construct of this query',
        '',
      ].join('\n'),
    );
  });

  it('externaldata reads a URL the config file maps to a local file (relative to the config), and refuses others', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kql-cli-external-'));
    await writeFile(join(dir, 'feed.csv'), '203.0.113.7,high\n198.51.100.1,low\n');
    const config = join(dir, 'huntops.config.yaml');
    await writeFile(
      config,
      'tenants:\n  a:\n    displayName: A\n    local:\n      dataDir: .\nkql:\n  externalData:\n    files:\n      "https://feeds.example.org/ips.csv": feed.csv\n',
    );
    const query = (url: string) =>
      `externaldata (Ip: string, Level: string) ["${url}"] with (format="csv") | where Level == "high" | project Ip`;
    const [mapped, other] = await Promise.all([
      huntops(
        '--data',
        SAMPLES,
        '--config',
        config,
        '--query',
        query('https://feeds.example.org/ips.csv'),
        '--format',
        'json',
      ),
      huntops('--data', SAMPLES, '--config', config, '--query', query('https://elsewhere.example.net/x.csv')),
    ]);
    expect(JSON.parse(okOutput(mapped)).rows).toEqual([['203.0.113.7']]);
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/^KQL0023 line 1, col 1: externaldata .*not available offline \(https:\/\/elsewhere/m);
  });

  it('exits 1 when the query source is missing or doubled', async () => {
    const [neither, both] = await Promise.all([
      huntops('--data', SAMPLES),
      huntops('--data', SAMPLES, '--query', 'T', '--file', 'q.kql'),
    ]);
    expect(neither.code).toBe(1);
    expect(neither.stderr).toMatch(/exactly one of --file <file> or --query <kql>/);
    expect(both.code).toBe(1);
    expect(both.stderr).toMatch(/cannot be used with/);
  });
});
