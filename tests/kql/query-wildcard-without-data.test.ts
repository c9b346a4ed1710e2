import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KqlDatabase, type KqlOutcome, runQuery, runQueryOnDirectory } from '../../src/kql/index.ts';
import { database, ms, TEST_NOW, table } from './support/builders.ts';

// Issue #15: a catalogued table without data answers as empty. A wildcard that matches no table with data reads
// the catalogued tables it matches, all empty, so the query binds as in a workspace whose tables hold no rows.

function rowsOf(outcome: KqlOutcome): readonly (readonly unknown[])[] {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome));
  return outcome.table.toRaw().rows;
}

function columnsOf(outcome: KqlOutcome): string[] {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome));
  return outcome.table.columns.map((column) => column.name);
}

const empty = KqlDatabase.empty();
const run = (db: KqlDatabase, query: string) => runQuery(db, query, { now: TEST_NOW });

describe('a wildcard over a database without matching data', () => {
  it('union Device* binds the Defender tables’ columns and counts no rows', async () => {
    expect(rowsOf(await run(empty, 'union Device* | where Timestamp > ago(1d) | count'))).toEqual([[0]]);
  });

  it('union withsource=T * binds TimeGenerated and the hidden _IsBillable (usage queries of Azure-Sentinel)', async () => {
    const query = 'union withsource=T * | where TimeGenerated > ago(30d) | summarize count() by T, _IsBillable';
    const outcome = await run(empty, query);
    expect(columnsOf(outcome)).toEqual(['T', '_IsBillable', 'count_']);
    expect(rowsOf(outcome)).toEqual([]);
  });

  it('search and find over every catalogued table answer no rows', async () => {
    expect(rowsOf(await run(empty, 'search "mimikatz" | count'))).toEqual([[0]]);
    expect(rowsOf(await run(empty, 'find where DeviceName == "pc1" | count'))).toEqual([[0]]);
  });

  it('a column with two types in the matched tables splits into Name_type columns (union-operator.md, kind=outer)', async () => {
    // ADTDataHistoryOperation has ResultSignature:int, ADTDigitalTwinsOperation ResultSignature:string.
    const query = 'union ADTD* | getschema | where ColumnName startswith "ResultSignature" | project ColumnName';
    expect(
      rowsOf(await run(empty, query))
        .flat()
        .sort(),
    ).toEqual(['ResultSignature_int', 'ResultSignature_string']);
  });

  it('reads the Sentinel solutions’ custom tables but not their parser functions (a wildcard names tables)', async () => {
    // CiscoDuo_CL is a table; the CiscoDuo parser over it returns columns the table lacks, AccessDvcBrowser among them.
    expect(rowsOf(await run(empty, 'union CiscoDuo* | project access_device_browser_s | count'))).toEqual([[0]]);
    const parserColumn = await run(empty, 'union CiscoDuo* | project AccessDvcBrowser');
    expect(!parserColumn.ok && parserColumn.kind === 'diagnostics' && parserColumn.diagnostics[0].code).toBe('KQL0012');
  });

  it('leaves out a catalogued table with a column named as withsource= (SqlDataClassification has TableName)', async () => {
    // Log Analytics fails this query only in a workspace holding such a table (Application-Insights-Workbooks#966).
    const query = 'union withsource=TableName * | summarize count() by TableName';
    expect(rowsOf(await run(empty, query))).toEqual([]);
  });

  it('a wildcard that matches no table at all still answers no rows', async () => {
    expect(rowsOf(await run(empty, 'union withsource=T NoSuchTable* | count'))).toEqual([[0]]);
  });
});

describe('a wildcard that matches a table with data reads only the tables with data', () => {
  const db = database({
    DeviceProcessEvents: table('Timestamp:datetime, DeviceName:string', [[ms('2024-01-09T12:00:00Z'), 'pc1']]),
  });

  it('union withsource=T Device* reads DeviceProcessEvents alone, no wider than its columns', async () => {
    const outcome = await run(db, 'union withsource=T Device*');
    expect(columnsOf(outcome)).toEqual(['T', 'Timestamp', 'DeviceName']);
    expect(rowsOf(outcome)).toEqual([['DeviceProcessEvents', ms('2024-01-09T12:00:00Z'), 'pc1']]);
  });

  it('another pattern in the same union still reads the catalogue (SigninLogs without data)', async () => {
    const query = 'union withsource=T Device*, Signin* | summarize count() by T';
    expect(rowsOf(await run(db, query))).toEqual([['DeviceProcessEvents', 1]]);
  });
});

describe('runQueryOnDirectory (huntops kql --data)', () => {
  function directoryWith(files: Record<string, readonly object[]>): string {
    const dir = mkdtempSync(join(tmpdir(), 'kql-wildcard-'));
    for (const [name, rows] of Object.entries(files)) {
      writeFileSync(join(dir, `${name}.jsonl`), `${rows.map((row) => JSON.stringify(row)).join('\n')}\n`);
    }
    return dir;
  }

  it('with DeviceProcessEvents data, union Device* reads only that file', async () => {
    const dir = directoryWith({
      DeviceProcessEvents: [{ Timestamp: '2024-01-09T12:00:00Z', DeviceName: 'pc1', FileName: 'cmd.exe' }],
    });
    const { outcome } = await runQueryOnDirectory(dir, 'union withsource=T Device* | summarize count() by T', {
      now: TEST_NOW,
    });
    expect(rowsOf(outcome)).toEqual([['DeviceProcessEvents', 1]]);
  });

  it('with data for other tables only, union Device* binds the catalogue and counts no rows', async () => {
    const dir = directoryWith({ SigninLogs: [{ TimeGenerated: '2024-01-09T12:00:00Z', UserPrincipalName: 'a@b.c' }] });
    const { outcome } = await runQueryOnDirectory(dir, 'union Device* | where Timestamp > ago(1d) | count', {
      now: TEST_NOW,
    });
    expect(rowsOf(outcome)).toEqual([[0]]);
  });
});
