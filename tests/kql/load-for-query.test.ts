import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  KqlDatabase,
  loadColumnTables,
  runQuery,
  runQueryOnDirectory,
  selectionFor,
  toWireTable,
} from '../../src/kql/index.ts';
import { TEST_NOW } from './support/builders.ts';
import { corpusQueries } from './support/corpus-files.ts';
import { corpusExtraSchemas, corpusSchemas, generatedDatabase } from './support/generated-data.ts';

const TABLES = ['SigninLogs', 'SecurityEvent', 'Syslog'];

describe('selectionFor: what a one-off query can read', () => {
  it.each([
    [
      'a filter and a summarize name their columns',
      'SigninLogs | where ResultType == "50126" | summarize count() by IPAddress',
      ['SigninLogs'],
      ['ResultType', 'IPAddress'],
    ],
    [
      'a union names both tables',
      'union SigninLogs, SecurityEvent | project TimeGenerated',
      ['SigninLogs', 'SecurityEvent'],
      ['TimeGenerated'],
    ],
    [
      'table("…") names a table in a string',
      'table("Syslog") | summarize count() by Computer',
      ['Syslog'],
      ['Computer'],
    ],
    ['a bracketed column name counts', "SigninLogs | project ['UserAgent']", ['SigninLogs'], ['UserAgent']],
  ])('%s', (_, query, tables, columns) => {
    const selection = selectionFor(query, TABLES);
    expect([...(selection?.tables ?? [])].sort()).toEqual([...tables].sort());
    for (const column of columns) expect(selection?.columns?.has(column)).toBe(true);
    expect(selection?.columns?.has('CorrelationId')).toBe(false);
  });

  it.each([
    ['take shows every column', 'SigninLogs | take 10'],
    ['extend keeps every column', 'SigninLogs | extend Failed = ResultType != "0"'],
    ['project-away keeps the rest', 'SigninLogs | project-away UserAgent'],
    [
      'a join without projection shows both sides',
      'SigninLogs | join kind=inner (SecurityEvent) on $left.IPAddress == $right.IpAddress',
    ],
  ])('%s: all columns of the named tables', (_, query) => {
    const selection = selectionFor(query, TABLES);
    expect(selection?.tables.has('SigninLogs')).toBe(true);
    expect(selection?.columns).toBeUndefined();
  });

  it.each([
    ['a wildcard', 'SigninLogs | summarize arg_max(TimeGenerated, *) by UserPrincipalName'],
    ['pack_all()', 'SigninLogs | project Row = pack_all()'],
    ['search over every table', 'search "203.0.113.5"'],
  ])('%s: everything is loaded', (_, query) => {
    expect(selectionFor(query, TABLES)).toBeUndefined();
  });
});

/** The generated corpus data as JSON Lines files, one per table, as an export directory would hold them. */
function corpusDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kql-for-query-'));
  const db = generatedDatabase(corpusExtraSchemas());
  for (const name of Object.keys(corpusSchemas())) {
    const wire = toWireTable(db.table(name)!);
    const lines = wire.rows.map((row) =>
      JSON.stringify(Object.fromEntries(wire.columns.map((c, i) => [c.name, row[i]]))),
    );
    writeFileSync(join(dir, `${name}.jsonl`), `${lines.join('\n')}\n`);
  }
  return dir;
}

describe('loading only what a query reads', () => {
  const dir = corpusDataDir();
  const everything = loadColumnTables(dir);
  const queries = corpusQueries();

  it.each(queries)('$file gives the same answer as over every table and column', async ({ text }) => {
    const full = await runQuery(KqlDatabase.empty().withTables(...(await everything).tables), text, { now: TEST_NOW });
    const { outcome: only } = await runQueryOnDirectory(dir, text, { now: TEST_NOW });
    expect(only.ok).toBe(full.ok);
    if (full.ok && only.ok) expect(toWireTable(only.table)).toEqual(toWireTable(full.table));
    if (!full.ok && !only.ok) expect(only).toEqual(full);
  });

  it('reports an unknown column with the suggestions of the full data', async () => {
    const custom = mkdtempSync(join(tmpdir(), 'kql-for-query-'));
    writeFileSync(join(custom, 'Custom.jsonl'), `${JSON.stringify({ IPAddress: '203.0.113.5', Hits: 3 })}\n`);
    const { outcome } = await runQueryOnDirectory(custom, 'Custom | where IPAddres == "203.0.113.5" | count');
    expect(outcome.ok).toBe(false);
    expect(JSON.stringify(outcome)).toContain("did you mean 'IPAddress'");
  });

  it("loads the watchlist file _GetWatchlist('alias') reads, with the first column its search key needs", async () => {
    const custom = mkdtempSync(join(tmpdir(), 'kql-for-query-'));
    writeFileSync(join(custom, 'Watchlist_vip.csv'), 'Upn,Team\nalice@contoso.com,Finance\n');
    writeFileSync(join(custom, 'Logons.csv'), 'Upn,Host\nalice@contoso.com,pc1\nbob@contoso.com,pc2\n');
    expect(selectionFor("_GetWatchlist('vip') | project SearchKey", ['Watchlist_vip', 'Logons'])?.tables).toEqual(
      new Set(['Watchlist_vip']),
    );
    const { outcome } = await runQueryOnDirectory(
      custom,
      "Logons | where Upn in ((_GetWatchlist('vip') | project SearchKey)) | project Host",
      { now: TEST_NOW },
    );
    expect(outcome.ok && outcome.table.toRaw().rows).toEqual([['pc1']]);
  });

  it('narrows most corpus queries to a few of their columns', () => {
    const tables = Object.keys(corpusSchemas());
    const narrowed = queries.filter(({ text }) => selectionFor(text, tables)?.columns);
    expect(narrowed.length).toBeGreaterThanOrEqual(28);
  });
});
