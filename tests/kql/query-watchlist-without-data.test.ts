import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic, KqlDatabase, runQuery, runQueryOnDirectory } from '../../src/kql/index.ts';
import { database, TEST_NOW, table } from './support/builders.ts';

/**
 * `_GetWatchlist('alias')` (Sentinel watchlists-queries.md) over a database without the watchlist's data answers
 * as a catalogued table without data does: no rows, no error, and a warning naming the file that would supply it.
 */

// The form of ep3p/Sentinel_KQL's queries: a watchlist of monitored groups filtered by its own columns.
const MONITORED_GROUPS =
  '_GetWatchlist("SID-AuditDomainGroups") | where Notes has "[Removal]" | project GroupSID, SAMAccountName, Notes';
const NO_DATA_WARNING =
  "watchlist 'SID-AuditDomainGroups' has no data here (Watchlist_SID-AuditDomainGroups.csv in the data folder): it answers with no rows";
const GROUPS_CSV = 'GroupSID,SAMAccountName,Notes\nS-1-5-21-1-512,Domain Admins,[Removal]\nS-1-5-21-1-513,Users,\n';

const dataFolder = (files: Record<string, string>): string => {
  const dir = mkdtempSync(join(tmpdir(), 'kql-watchlist-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
};

describe('_GetWatchlist of a watchlist with no data', () => {
  it('answers no rows with the item columns and the columns the query reads, as text, and warns', async () => {
    const outcome = await runQuery(KqlDatabase.empty(), MONITORED_GROUPS, { now: TEST_NOW });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.table.columns).toEqual([
      { name: 'GroupSID', type: 'string' },
      { name: 'SAMAccountName', type: 'string' },
      { name: 'Notes', type: 'string' },
    ]);
    expect(outcome.table.rowCount).toBe(0);
    expect(outcome.warnings).toEqual([NO_DATA_WARNING]);
  });

  it('keeps the item columns alone when the query binds with them, so a table joined to it keeps its column names', async () => {
    const logons = database({
      SigninLogs: table('TimeGenerated:datetime, UserPrincipalName:string', [
        [Date.parse('2024-01-09T00:00:00Z'), 'alice@contoso.com'],
      ]),
    });
    const outcome = await runQuery(
      logons,
      "_GetWatchlist('vip') | join kind=rightouter SigninLogs on $left.SearchKey == $right.UserPrincipalName | where TimeGenerated > ago(2d) | project TimeGenerated, UserPrincipalName",
      { now: TEST_NOW },
    );
    expect(outcome.ok && outcome.table.toRaw().rows).toEqual([
      [Date.parse('2024-01-09T00:00:00Z'), 'alice@contoso.com'],
    ]);
    expect(outcome.ok && outcome.warnings).toEqual([
      "watchlist 'vip' has no data here (Watchlist_vip.csv in the data folder): it answers with no rows",
    ]);
  });

  it('takes every other name the query reads for one of its columns, but no let name and no table name', async () => {
    // `since` is a timespan: read as a text column it would make ago() fail. UserPrincipalName is read from
    // SigninLogs, but a name cannot tell which table it is read from.
    const outcome = await runQuery(
      KqlDatabase.empty(),
      "let since = 2d; _GetWatchlist('vip') | where todatetime(LastSeen) > ago(since) | where Upn in ((SigninLogs | project UserPrincipalName))",
      { now: TEST_NOW },
    );
    expect(outcome.ok && outcome.table.columns.map(({ name, type }) => `${name}:${type}`)).toEqual([
      '_DTItemId:string',
      'LastUpdatedTimeUTC:datetime',
      'SearchKey:string',
      'LastSeen:string',
      'Upn:string',
      'UserPrincipalName:string',
    ]);
  });

  it('still fails on what is wrong elsewhere in the query', async () => {
    const outcome = await runQuery(
      KqlDatabase.empty(),
      "SigninLogs | where UserPrincipalName in ((_GetWatchlist('vip') | project Upn)) | project UserPrincipalNam",
      { now: TEST_NOW },
    );
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.kind === 'diagnostics' && outcome.diagnostics.map(formatDiagnostic)).toEqual([
      "KQL0017 line 1, col 43: watchlist 'vip' has no data here (Watchlist_vip.csv in the data folder): it answers with no rows",
      "KQL0012 line 1, col 90: unknown column 'UserPrincipalNam' (did you mean 'UserPrincipalName'?)",
    ]);
  });
});

describe('_GetWatchlist over a data folder (runQueryOnDirectory)', () => {
  it('without the watchlist file: no rows, the warning, no error', async () => {
    const { outcome } = await runQueryOnDirectory(dataFolder({}), MONITORED_GROUPS, { now: TEST_NOW });
    expect(outcome.ok && outcome.table.rowCount).toBe(0);
    expect(outcome.ok && outcome.warnings).toEqual([NO_DATA_WARNING]);
  });

  it('with Watchlist_<alias>.csv: its rows and columns, and no warning', async () => {
    const dir = dataFolder({ 'Watchlist_SID-AuditDomainGroups.csv': GROUPS_CSV });
    const { outcome } = await runQueryOnDirectory(dir, MONITORED_GROUPS, { now: TEST_NOW });
    expect(outcome.ok && outcome.table.toRaw().rows).toEqual([['S-1-5-21-1-512', 'Domain Admins', '[Removal]']]);
    expect(outcome.ok && outcome.warnings).toEqual([]);
  });

  it('with the file, a column it does not have is still unknown', async () => {
    const dir = dataFolder({ 'Watchlist_SID-AuditDomainGroups.csv': GROUPS_CSV });
    const query = '_GetWatchlist("SID-AuditDomainGroups") | project GroupSID, Owner';
    const { outcome } = await runQueryOnDirectory(dir, query, { now: TEST_NOW });
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.kind === 'diagnostics' && outcome.diagnostics.map(formatDiagnostic)).toEqual([
      "KQL0012 line 1, col 60: unknown column 'Owner'",
    ]);
  });
});
