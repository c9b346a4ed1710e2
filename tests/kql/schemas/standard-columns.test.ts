import { describe, expect, it } from 'vitest';
import { lintQuery } from '../../../src/hunts/index.ts';
import { KqlDatabase, schemaFor } from '../../../src/kql/index.ts';
import { database, failureCodes, run, table } from '../support/builders.ts';

const lintErrors = (query: string) => lintQuery(query).filter((d) => d.severity === 'Error');

// "Standard columns in Azure Monitor Logs" (azure-monitor-docs articles/azure-monitor/logs/log-standard-columns.md).
describe('Log Analytics standard columns', () => {
  it.each(['SigninLogs', 'AADServicePrincipalSignInLogs', 'Event', 'DeviceEvents'])(
    '%s has the visible standard columns, as its page types them',
    (name) => {
      const columns = schemaFor(name)?.map((c) => `${c.name}:${c.type}`);
      expect(columns).toEqual(
        expect.arrayContaining([
          'TenantId:string',
          'TimeGenerated:datetime',
          'Type:string',
          '_ResourceId:string',
          '_SubscriptionId:string',
          '_IsBillable:string',
          '_BilledSize:real',
        ]),
      );
    },
  );

  it('a Defender XDR advanced hunting table Azure Monitor does not document has none of them', async () => {
    const db = KqlDatabase.empty();
    expect(await failureCodes(db, 'CloudDnsEvents | project _ResourceId')).toEqual(['KQL0012']);
    expect(await failureCodes(db, 'CloudDnsEvents | project _ItemId')).toEqual(['KQL0012']);
  });

  it('log-standard-columns.md: _ResourceId joins Perf and Event', async () => {
    const query =
      'Perf | where CounterName == "% User Time" and CounterValue > 50 and _ResourceId != "" | join kind=inner (Event | where EventID == 101) on _ResourceId';
    expect((await run(KqlDatabase.empty(), query)).rows).toEqual([]);
    expect(lintErrors(query)).toEqual([]);
  });

  it('log-standard-columns.md: _TimeReceived is read like any column', async () => {
    const query =
      'Event | where TimeGenerated > ago(1d) | project TimeGenerated, TimeReceived = _TimeReceived, IngestionTime = ingestion_time()';
    const result = await run(KqlDatabase.empty(), query);
    expect(result.columns).toEqual(['TimeGenerated:datetime', 'TimeReceived:datetime', 'IngestionTime:datetime']);
    expect(lintErrors(query)).toEqual([]);
  });
});

// The note of log-standard-columns.md: some standard columns "won't show in query results unless you explicitly
// specify the column in the output". _ItemId and _TimeReceived, which no table page lists, are those.
describe('hidden standard columns (_ItemId, _TimeReceived)', () => {
  it('are not among the columns a query that does not name them returns', async () => {
    const result = await run(KqlDatabase.empty(), 'SigninLogs | take 1');
    expect(result.columns).toContain('_ResourceId:string');
    expect(result.columns.filter((c) => c.startsWith('_ItemId') || c.startsWith('_TimeReceived'))).toEqual([]);
  });

  it('are typed when named, and are empty in rows from a file that lacks them', async () => {
    const db = database({ SigninLogs: table('UserPrincipalName:string', [['ana@contoso.com']]) });
    const result = await run(db, 'SigninLogs | project UserPrincipalName, _ItemId, _TimeReceived');
    expect(result.columns).toEqual(['UserPrincipalName:string', '_ItemId:string', '_TimeReceived:datetime']);
    expect(result.rows).toEqual([['ana@contoso.com', '', null]]);
    expect((await run(db, 'SigninLogs | project-away _ItemId')).columns).toEqual(['UserPrincipalName:string']);
  });

  it('Azure-Sentinel UEBA Essentials "Anomalous Failed Logon": BehaviorAnalytics joins SigninLogs on $right._ItemId', async () => {
    const query = `BehaviorAnalytics
| where ActivityType == "FailedLogOn"
| join kind=inner (SigninLogs | where ResultType != "0") on $left.SourceRecordId == $right._ItemId
| project TimeGenerated, UserName, SourceRecordId, _ItemId`;
    const result = await run(KqlDatabase.empty(), query);
    expect(result.rows).toEqual([]);
    expect(result.columns).toContain('_ItemId:string');
    expect(lintErrors(query)).toEqual([]);
  });
});

describe('Event.MG', () => {
  // Azure-Sentinel Detections/SecurityEvent/ADFSDBNamedPipeConnection.yaml pivots Sysmon events on MG, the
  // management group id the Log Analytics agent writes beside ManagementGroupName.
  it('lets a published Sysmon pivot over Event bind', async () => {
    const query = `Event
| where Source == "Microsoft-Windows-Sysmon"
| extend EventData = parse_xml(EventData).DataItem.EventData.Data
| mv-expand bagexpansion=array EventData
| evaluate bag_unpack(EventData)
| extend Key = tostring(column_ifexists('@Name', "")), Value = column_ifexists('#text', "")
| evaluate pivot(Key, any(Value), TimeGenerated, Source, EventLog, Computer, EventLevel, EventLevelName, EventID, UserName, MG, ManagementGroupName, _ResourceId)`;
    const result = await run(KqlDatabase.empty(), query);
    expect(result.rows).toEqual([]);
    expect(result.columns).toContain('MG:string');
    expect(lintErrors('Event | summarize count() by MG, ManagementGroupName')).toEqual([]);
  });
});
