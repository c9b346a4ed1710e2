import { appendFileSync, copyFileSync, createWriteStream, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BackendConfigError, BackendError, createBackend } from '../../src/backends/index.ts';
import { buildHuntCardModel, toPlainText } from '../../src/cards/index.ts';
import { createHuntRunner, parseTemplate } from '../../src/hunts/index.ts';
import { FIXTURE_NOW, fixtureDir, WINDOW } from './support/harness.ts';

const localTenant = (dataDir: string) => ({ name: 'tenant-l', local: { dataDir } });
const count = async (dataDir: string) => {
  const result = await createBackend('local', localTenant(dataDir)).query({
    tenant: 'tenant-l',
    query: 'SigninLogs | count',
    window: WINDOW,
  });
  return result.rows[0][0] as number;
};

describe('local backend', () => {
  it('reloads a data file when it changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'huntops-local-'));
    const file = join(dir, 'SigninLogs.jsonl');
    copyFileSync(join(fixtureDir('workspace-a'), 'SigninLogs.jsonl'), file);
    const before = await count(dir);
    const recent = new Date(FIXTURE_NOW.getTime() - 60_000).toISOString();
    appendFileSync(
      file,
      `${JSON.stringify({ TimeGenerated: recent, UserPrincipalName: 'new@contoso.com', IPAddress: '203.0.113.77', ResultType: '50126' })}\n`,
    );
    const later = new Date(Date.now() + 5_000);
    utimesSync(file, later, later); // a distinct mtime even on coarse-grained file systems
    expect(await count(dir)).toBe(before + 1);
  });

  it('skips files that are not tables no query names, logging each once, and reports the rows it read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'huntops-local-stray-'));
    copyFileSync(join(fixtureDir('workspace-a'), 'SigninLogs.jsonl'), join(dir, 'SigninLogs.jsonl'));
    writeFileSync(join(dir, 'notes.json'), '{"owner":"soc","exported":"2026-11-20"}');
    writeFileSync(join(dir, 'summary.csv'), '"unterminated,header\n1,2\n');
    writeFileSync(join(dir, 'README.txt'), 'exports of 2026-11-20');
    const warned: string[] = [];
    const logger = { warn: (_details: object, message: string) => void warned.push(message) };
    const backend = createBackend('local', localTenant(dir), { logger });
    const ask = () => backend.query({ tenant: 'tenant-l', query: 'SigninLogs | count', window: WINDOW });
    const first = await ask();
    const second = await ask();
    expect(second.rows).toEqual(first.rows);
    expect(first.warnings).toEqual([]);
    expect(warned).toEqual([
      expect.stringMatching(/notes\.json: skipped: not loaded as table "notes" \(KQLL003 /),
      expect.stringMatching(/summary\.csv: skipped: not loaded as table "summary" \(KQLL004 /),
    ]);
    // Every row of the window was read to count them.
    expect(first.rowsScanned).toBe(first.rows[0][0]);
  });

  it('a hunt reading a watchlist the data folder lacks runs with no rows from it, and its card says why', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'huntops-local-watchlist-'));
    copyFileSync(join(fixtureDir('workspace-a'), 'SigninLogs.jsonl'), join(dir, 'SigninLogs.jsonl'));
    const template = parseTemplate(
      [
        'id: x',
        'name: VIP sign-ins',
        'query: |',
        "  let vips = _GetWatchlist('VIPUsers') | where Notes has '[VIP]' | project SearchKey;",
        '  SigninLogs | where UserPrincipalName in (vips) | project TimeGenerated, UserPrincipalName, IPAddress',
      ].join('\n'),
      'vip-signins.yaml',
    );
    const runner = createHuntRunner({
      templates: [template],
      backendFor: () => createBackend('local', localTenant(dir)),
      clock: () => FIXTURE_NOW.getTime(),
    });
    const { report, runId, durationMs } = await runner.run({
      template: template.command,
      tenant: 'tenant-l',
      params: [],
    });
    const warning =
      "watchlist 'VIPUsers' has no data here (Watchlist_VIPUsers.csv in the data folder): it answers with no rows";
    expect(report.rowCount).toBe(0);
    expect(report.warnings).toEqual([warning]);
    const card = buildHuntCardModel({
      report,
      tenant: { key: 'tenant-l', displayName: 'Tenant L' },
      template: { command: template.command, name: template.name, severity: 'Low', techniques: [] },
      runId,
      durationMs,
    });
    expect(toPlainText(card)).toContain(warning);
  });

  it('fails a query naming a table whose file is malformed with its coded error, file and line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'huntops-local-bad-'));
    copyFileSync(
      fileURLToPath(new URL('../fixtures/kql/load/bad-json-line/SigninLogs.jsonl', import.meta.url)),
      join(dir, 'SigninLogs.jsonl'),
    );
    writeFileSync(join(dir, 'notes.json'), '{"owner":"soc"}');
    const error = await createBackend('local', localTenant(dir))
      .query({ tenant: 'tenant-l', query: 'SigninLogs | count', window: WINDOW })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'huntops_backend_data_unreadable', tenant: 'tenant-l' });
    expect((error as Error).message).toMatch(/KQLL002 SigninLogs\.jsonl:3: not valid JSON/);
  });

  it('names the directory it cannot read', async () => {
    const backend = createBackend('local', localTenant('/nonexistent/huntops-data'));
    const error = await backend
      .query({ tenant: 'tenant-l', query: 'SigninLogs | count', window: WINDOW })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackendError);
    expect(error).toMatchObject({ code: 'huntops_backend_data_unreadable', tenant: 'tenant-l', backend: 'local' });
    expect((error as Error).message).toMatch(/nonexistent\/huntops-data/);
  });

  it('rejects a query that does not compile with the engine diagnostic', async () => {
    const backend = createBackend('local', localTenant(fixtureDir('workspace-a')));
    const error = await backend
      .query({ tenant: 'tenant-l', query: 'SigninLogs | where NoSuchColumn == 1', window: WINDOW })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'huntops_backend_query_rejected' });
    expect((error as Error).message).toMatch(/KQL\d+ line 1.*NoSuchColumn/);
  });

  it('externaldata reads a URL mapped to a local file and refuses any other with KQL0023 naming it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'huntops-local-external-'));
    const feed = join(dir, 'bad-ips.csv');
    writeFileSync(feed, '203.0.113.7,high\n198.51.100.1,low\n');
    const externalData = {
      files: { 'https://feeds.example.org/bad-ips.csv': feed },
      maxBytes: 1_000,
      timeoutMs: 1_000,
    };
    const backend = createBackend('local', localTenant(fixtureDir('workspace-a')), { externalData });
    const ask = (url: string) =>
      backend.query({
        tenant: 'tenant-l',
        query: `externaldata (Ip: string, Level: string) ["${url}"] | where Level == "high" | project Ip`,
        window: WINDOW,
      });
    expect((await ask('https://feeds.example.org/bad-ips.csv')).rows).toEqual([['203.0.113.7']]);
    const refused = await ask('https://feeds.example.org/other.csv').catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'huntops_backend_query_rejected', tenant: 'tenant-l' });
    expect((refused as Error).message).toMatch(
      /KQL0023 line 1, col 1: externaldata .*not available offline \(https:\/\/feeds\.example\.org\/other\.csv is neither mapped .*kql\.externalData/,
    );
  });

  it('refuses externaldata without kql.externalData settings', async () => {
    const error = await createBackend('local', localTenant(fixtureDir('workspace-a')))
      .query({
        tenant: 'tenant-l',
        query: 'externaldata (Ip: string) ["https://feeds.example.org/bad-ips.csv"]',
        window: WINDOW,
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'huntops_backend_query_rejected' });
    expect((error as Error).message).toMatch(/KQL0023 .*no external data reader is configured/);
  });

  it('refuses a tenant without local.dataDir', () => {
    expect(() => createBackend('local', { name: 'tenant-x' })).toThrow(BackendConfigError);
    expect(() => createBackend('local', { name: 'tenant-x' })).toThrow(/local\.dataDir/);
  });

  it.each([
    ['an empty query', '  ', WINDOW, /query is empty/],
    ['a reversed window', 'SigninLogs | count', { start: WINDOW.end, end: WINDOW.start }, /at or after its end/],
    ['an invalid date', 'SigninLogs | count', { start: new Date('nope'), end: WINDOW.end }, /valid start and end/],
  ])('rejects %s with a message saying how to fix it', async (_name, query, window, message) => {
    const backend = createBackend('local', localTenant(fixtureDir('workspace-a')));
    const error = await backend.query({ tenant: 'tenant-l', query, window }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'huntops_backend_query_rejected', tenant: 'tenant-l' });
    expect((error as Error).message).toMatch(message);
  });

  it('a query whose data outgrows HUNTOPS_LOCAL_ENGINE_HEAP_MB ends the engine thread, not the bot, and says so', async () => {
    const big = mkdtempSync(join(tmpdir(), 'huntops-local-big-'));
    await writeSigninsWithUniqueText(join(big, 'SigninLogs.jsonl'), 120_000, 600); // ~75 MB of distinct strings
    const env = { HUNTOPS_LOCAL_ENGINE_HEAP_MB: '64' };
    const error = await createBackend('local', localTenant(big), { env })
      .query({ tenant: 'tenant-l', query: 'SigninLogs | count', window: WINDOW })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'huntops_backend_query_failed', tenant: 'tenant-l', backend: 'local' });
    expect((error as Error).message).toMatch(/needed more than HUNTOPS_LOCAL_ENGINE_HEAP_MB \(64 MB\)/);
    // The next query starts a fresh engine thread under the same limit.
    const small = await createBackend('local', localTenant(fixtureDir('workspace-a')), { env }).query({
      tenant: 'tenant-l',
      query: 'SigninLogs | count',
      window: WINDOW,
    });
    expect(small.rows[0][0]).toBeGreaterThan(0);
  });

  it('refuses a heap limit that is not a number of megabytes', () => {
    const env = { HUNTOPS_LOCAL_ENGINE_HEAP_MB: 'lots' };
    expect(() => createBackend('local', localTenant(fixtureDir('workspace-a')), { env })).toThrow(
      /HUNTOPS_LOCAL_ENGINE_HEAP_MB 'lots'/,
    );
  });
});

/** Sign-ins inside WINDOW, each with its own long UserAgent, so the loaded table holds every one of them. */
async function writeSigninsWithUniqueText(path: string, rows: number, textLength: number): Promise<void> {
  const out = createWriteStream(path);
  const time = new Date(FIXTURE_NOW.getTime() - 3_600_000).toISOString();
  for (let i = 0; i < rows; i++) {
    const agent = `${i}-`.padEnd(textLength, 'x');
    if (!out.write(`${JSON.stringify({ TimeGenerated: time, UserAgent: agent, ResultType: '0' })}\n`))
      await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
}
