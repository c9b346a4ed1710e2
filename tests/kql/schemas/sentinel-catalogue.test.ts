import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintQuery } from '../../../src/hunts/index.ts';
import { formatDiagnostic, KqlDatabase, runQuery, runQueryOnDirectory, schemaFor } from '../../../src/kql/index.ts';
import { database, failureCodes, run, TEST_NOW, table } from '../support/builders.ts';

// Schemas from Azure/Azure-Sentinel .script/tests/KqlvalidationsTests/CustomTables (src/kql/schemas/catalogue/
// sentinel-custom-tables): the tables Microsoft validates published Sentinel solution queries against.

async function diagnostics(query: string): Promise<string[]> {
  const outcome = await runQuery(KqlDatabase.empty(), query, { now: TEST_NOW });
  return outcome.ok || outcome.kind !== 'diagnostics' ? [] : outcome.diagnostics.map(formatDiagnostic);
}

describe('Sentinel solution tables and ASIM parsers', () => {
  it('types a solution table with the columns of its validation schema', () => {
    expect(schemaFor('SQLEvent')?.slice(0, 3)).toEqual([
      { name: 'TimeGenerated', type: 'datetime' },
      { name: 'Computer', type: 'string' },
      { name: 'EventID', type: 'int' },
    ]);
    // .NET type names map to KQL ones: Boolean → bool, Int32 → int, Double → real.
    expect(schemaFor('TomcatEvent')?.find((c) => c.name === 'HttpStatusCode')?.type).toBe('int');
    expect(schemaFor('CiscoDuo')?.find((c) => c.name === 'FromNewUser')?.type).toBe('bool');
    expect(schemaFor('BoxEvents')?.find((c) => c.name === 'FileSize')?.type).toBe('real');
  });

  it('runs a solution-table query over no data as empty, and over data when the database has the table', async () => {
    const query = 'SQLEvent | where EventID == 18456 | summarize Failures = count() by ClientIP';
    const empty = await run(KqlDatabase.empty(), query);
    expect(empty.columns).toEqual(['ClientIP:string', 'Failures:long']);
    expect(empty.rows).toEqual([]);
    const db = database({
      SQLEvent: table('EventID:int, ClientIP:string', [
        [18456, '10.0.0.1'],
        [18456, '10.0.0.1'],
        [33205, '10.0.0.2'],
      ]),
    });
    expect((await run(db, query)).rows).toEqual([['10.0.0.1', 2]]);
  });

  it('answers an ASIM parser call with its documented parameters with the ASIM schema', async () => {
    const dns = await run(
      KqlDatabase.empty(),
      "_Im_Dns(starttime=ago(1d), responsecodename='NXDOMAIN') | summarize count() by SrcIpAddr, bin(TimeGenerated, 15m)",
    );
    expect(dns.columns).toEqual(['SrcIpAddr:string', 'TimeGenerated:datetime', 'count_:long']);
    const network = await run(
      KqlDatabase.empty(),
      "imNetworkSession(starttime=ago(1h), endtime=now(), srcipaddr_has_any_prefix=dynamic(['10.']), dstportnumber=443) | project SrcIpAddr, DstPortNumber",
    );
    expect(network.columns).toEqual(['SrcIpAddr:string', 'DstPortNumber:int']);
    // By name alone, with the defaults; the parser's aliases (Process, CommandLine) are columns too.
    const process = await run(KqlDatabase.empty(), 'imProcessCreate | project DvcHostname, Process, CommandLine');
    expect(process.columns).toEqual(['DvcHostname:string', 'Process:string', 'CommandLine:string']);
    expect(await failureCodes(KqlDatabase.empty(), "let dns = _Im_Dns(ago(1d), now(), '*'); dns | count")).toEqual([]);
    // imWebSession.yaml documents pack since 0.6 (Microsoft's AiTM hunting template passes pack=True).
    const web = "_Im_WebSession(starttime=ago(1d), eventresult='Success', pack=True) | count";
    expect(await failureCodes(KqlDatabase.empty(), web)).toEqual([]);
  });

  it('types a data file named after a solution table or ASIM parser with its catalogued schema', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kql-sentinel-'));
    await writeFile(
      join(dir, 'SQLEvent.jsonl'),
      '{"EventID":"18456","ClientIP":"10.0.0.1"}\n{"EventID":18456,"ClientIP":"10.0.0.1"}\n',
    );
    await writeFile(join(dir, 'imProcessCreate.jsonl'), '{"DvcHostname":"h1","CommandLine":"whoami"}\n');
    const sql = await runQueryOnDirectory(
      dir,
      'SQLEvent | where EventID == 18456 | summarize n = count() by ClientIP',
      {
        now: TEST_NOW,
      },
    );
    expect(sql.outcome.ok && sql.outcome.table.toRaw().rows).toEqual([['10.0.0.1', 2]]);
    // The loaded rows are the parser's output: its other columns are there, empty ("" for a string); its filters are not applied.
    const asim = await runQueryOnDirectory(dir, 'imProcessCreate(starttime=ago(1d)) | project DvcHostname, EventType', {
      now: TEST_NOW,
    });
    expect(asim.outcome.ok && asim.outcome.table.toRaw().rows).toEqual([['h1', '']]);
    expect(asim.outcome.ok && asim.outcome.warnings).toEqual([
      "imProcessCreate(): filtering loaded imProcessCreate rows by the parser's parameters is not supported by the local engine; every loaded row is returned",
    ]);
  });

  it('types a parser without a validation file with the columns its compiled query returns', async () => {
    // CiscoISEEvent's only schema is its parser's KQL (parse-kv over Syslog): the generator compiled it with this
    // engine and recorded the output columns, the typed parse-kv keys included.
    const ise = await run(
      KqlDatabase.empty(),
      "CiscoISEEvent | where EventId == '5400' | summarize Failures = count() by DstUserName, NasPort, DvcHostname",
    );
    expect(ise.columns).toEqual(['DstUserName:string', 'NasPort:int', 'DvcHostname:string', 'Failures:long']);
    expect(schemaFor('McAfeeEPOEvent')?.find((c) => c.name === 'GmtTime')?.type).toBe('datetime');
    expect(lintQuery('PingFederateEvent | where EventType has "fail" | project SrcIpAddr, DstUserName')).toEqual([]);
  });

  it('answers the published queries of more solutions over their validation schemas, empty', async () => {
    // Cognni, Sonrai, Semperis (afad_parser, dsp_parser), Zero Networks: tables and parser functions whose
    // hunting queries stopped at "unknown table" before their CustomTables files were copied.
    const cognni = await run(
      KqlDatabase.empty(),
      'CognniIncidents_CL | where Severity >= 2 | summarize Incidents = count() by name_s, bin(eventTime_t, 1d)',
    );
    expect(cognni.columns).toEqual(['name_s:string', 'eventTime_t:datetime', 'Incidents:long']);
    expect(cognni.rows).toEqual([]);
    const afad = await run(KqlDatabase.empty(), 'afad_parser | where AlertID > 0 | project Forest, PID, Time');
    expect(afad.columns).toEqual(['Forest:string', 'PID:int', 'Time:datetime']);
    const dsp = await run(KqlDatabase.empty(), "dsp_parser | where SecurityIndicatorName has 'krbtgt' | count");
    expect(dsp.rows).toEqual([[0]]);
    expect(schemaFor('ZNAccessOrchestratorAudit')?.find((c) => c.name === 'AuditTypeId')?.type).toBe('real');
    // A validation file may be named otherwise than what it declares: Ubiquiti.json declares UbiquitiAuditEvent.
    expect(schemaFor('UbiquitiAuditEvent')?.find((c) => c.name === 'DstPortNumber')?.type).toBe('string');
    expect(schemaFor('Ubiquiti')).toBeUndefined();
  });

  it("types a parser whose datatable puts int literals in a string column by the datatable's declared columns", async () => {
    // OracleDatabaseAuditEvent's ACTION lookup table is datatable(ACTION:string, ActionName:string) [1, 'CREATE TABLE', …].
    const oracle = await run(
      KqlDatabase.empty(),
      "OracleDatabaseAuditEvent | where DbAction == 'DROP TABLE' | summarize count() by DstUserName, ReturnCode",
    );
    expect(oracle.columns).toEqual(['DstUserName:string', 'ReturnCode:int', 'count_:long']);
    expect(schemaFor('vCenter')?.find((c) => c.name === 'EventTime')?.type).toBe('datetime');
  });

  it('rejects a parameter an ASIM parser does not document, naming the ones it has', async () => {
    expect(await diagnostics("_Im_Dns(starttime=ago(1d), domain='x') | take 1")).toEqual([
      expect.stringMatching(/KQL0036.*_Im_Dns\(\) has no parameter 'domain': it takes starttime, endtime, srcipaddr/),
    ]);
    expect(await failureCodes(KqlDatabase.empty(), 'ASimDns(pack=true) | take 1')).toEqual(['KQL0036']);
    expect(await failureCodes(KqlDatabase.empty(), 'imRegistry(ago(1d)) | take 1')).toEqual(['KQL0031']);
  });

  it('still calls a name that is no catalogued table or parser an unknown table', async () => {
    expect(await failureCodes(KqlDatabase.empty(), 'CiscoDuoLogsThatDoNotExist | take 1')).toEqual(['KQL0010']);
    expect(await diagnostics('SQLEvents | take 1')).toEqual([
      expect.stringMatching(/KQL0010 .*unknown table 'SQLEvents' \(did you mean 'SQLEvent'\?\)/),
    ]);
    // A source-specific ASIM parser is not catalogued: not supported, never "unknown".
    expect(await failureCodes(KqlDatabase.empty(), 'vimDnsCiscoUmbrella | take 1')).toEqual(['KQL0021']);
  });

  it('lets huntops lint bind solution tables and ASIM parsers, and still reject unknown names', () => {
    expect(lintQuery('TomcatEvent | where HttpStatusCode >= 500 | summarize count() by SrcIpAddr')).toEqual([]);
    expect(lintQuery("_Im_Dns(starttime=ago(1d), responsecodename='NXDOMAIN') | project SrcIpAddr")).toEqual([]);
    expect(lintQuery('imProcessCreate | where CommandLine has "x" | project Process')).toEqual([]);
    expect(lintQuery("_Im_Dns(domain='x')").map((d) => d.code)).toEqual(['KS196']);
    expect(lintQuery('NoSuchSolutionTable | take 1').map((d) => d.code)).toEqual(['KS204']);
    expect(lintQuery('Sonrai_Tickets_CL | where digest_severityNumeric_d > 50 | project digest_title_s')).toEqual([]);
    expect(lintQuery("LastPassNativePoller_CL | where Action_s == 'Login' | project Username_s")).toEqual([]);
    expect(lintQuery('SecurityBridgeLogs | where Severity == "Critical" | project SAPsid, msg')).toEqual([]);
  });
});
