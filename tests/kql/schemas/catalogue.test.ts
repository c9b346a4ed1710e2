import { describe, expect, it } from 'vitest';
import { lintQuery } from '../../../src/hunts/index.ts';
import { catalogueTableNames, catalogueTablesNamedIn, KqlDatabase, schemaFor } from '../../../src/kql/index.ts';
import {
  readAdvancedHuntingTableList,
  readReferencePage,
} from '../../../src/kql/schemas/catalogue/read-reference-page.ts';
import { failureCodes, run } from '../support/builders.ts';

// Types as documented: Azure Monitor table reference (MicrosoftDocs/azure-reference-other,
// azure-monitor-ref/tables/includes/<table>-include.md) and Defender XDR advanced hunting reference
// (MicrosoftDocs/defender-docs, defender-xdr/advanced-hunting-<table>-table.md).
const documentedColumns: readonly [table: string, column: string, type: string][] = [
  ['DeviceNetworkEvents', 'RemotePort', 'int'],
  ['DeviceNetworkEvents', 'Timestamp', 'datetime'],
  ['DeviceNetworkEvents', 'TimeGenerated', 'datetime'],
  ['DeviceEvents', 'AdditionalFields', 'dynamic'],
  ['DeviceProcessEvents', 'ProcessId', 'long'],
  ['DeviceInfo', 'IsInternetFacing', 'bool'],
  ['CloudAppEvents', 'RawEventData', 'dynamic'],
  ['IdentityInfo', 'AccountUPN', 'string'],
  ['IdentityInfo', 'Timestamp', 'datetime'],
  ['AlertEvidence', 'Timestamp', 'datetime'],
  ['EmailEvents', 'TimeGenerated', 'datetime'],
  ['AADSignInEventsBeta', 'IsGuestUser', 'bool'],
  ['AADSignInEventsBeta', 'ErrorCode', 'int'],
  ['AADSpnSignInEventsBeta', 'IsManagedIdentity', 'bool'],
  ['BehaviorEntities', 'FileSize', 'long'],
  ['BehaviorInfo', 'AttackTechniques', 'string'],
  // Defender-only tables and columns read from defender-xdr-columns/ (issue #15: published hunting queries read them).
  ['IdentityInfo', 'OnPremSid', 'string'],
  ['ExposureGraphEdges', 'EdgeProperties', 'dynamic'],
  ['ExposureGraphNodes', 'Timestamp', 'datetime'],
  ['GraphAPIAuditEvents', 'Timestamp', 'datetime'],
  ['GraphAPIAuditEvents', 'ResponseSize', 'int'],
  ['OAuthAppInfo', 'RiskScore', 'int'],
  ['OAuthAppInfo', 'IsAdminConsented', 'bool'],
  ['DeviceTvmBrowserExtensions', 'InstallationTime', 'datetime'],
  ['EntraIdSignInEvents', 'RiskLevelAggregated', 'int'],
  // Columns the Defender page lists beyond the Azure Monitor page of the same table (issue #15).
  ['DeviceImageLoadEvents', 'IsInitiatingProcessRemoteSession', 'bool'],
  ['DeviceImageLoadEvents', 'InitiatingProcessRemoteSessionIP', 'string'],
  ['AlertEvidence', 'Severity', 'string'],
  ['EntraIdSignInEvents', 'RiskLevelDuringSignIn', 'int'],
  ['AADSignInEventsBeta', 'RiskLevelDuringSignIn', 'int'],
  ['DeviceProcessEvents', 'IsProcessRemoteSession', 'bool'],
  ['DeviceProcessEvents', 'InitiatingProcessSignerType', 'string'],
  ['DeviceFileEvents', 'InitiatingProcessRemoteSessionDeviceName', 'string'],
  ['DeviceNetworkEvents', 'InitiatingProcessUniqueId', 'string'],
  ['DeviceEvents', 'CreatedProcessSessionId', 'long'],
  ['DeviceRegistryEvents', 'InitiatingProcessSessionId', 'long'],
  ['DeviceInfo', 'ConnectivityType', 'string'],
  ['CloudAppEvents', 'UncommonForUser', 'dynamic'],
  ['DisruptionAndResponseEvents', 'DataSources', 'dynamic'],
  ['MessageEvents', 'RecipientDetails', 'dynamic'],
  ['OfficeActivity', 'Operation', 'string'],
  ['SecurityAlert', 'ConfidenceScore', 'real'],
  ['SecurityIncident', 'IncidentNumber', 'int'],
  ['SecurityIncident', 'Owner', 'dynamic'],
  ['CommonSecurityLog', 'DestinationPort', 'int'],
  ['AzureActivity', 'Properties_d', 'dynamic'],
  ['AzureDiagnostics', 'DurationMs', 'long'],
  // Standard columns of every Log Analytics table, which azurediagnostics.md omits.
  ['AzureDiagnostics', 'TimeGenerated', 'datetime'],
  // Named by the page's prose (AdditionalFields) and by Microsoft's Sentinel query validation schema.
  ['AzureDiagnostics', 'AdditionalFields', 'dynamic'],
  ['AzureDiagnostics', 'SubscriptionId', 'string'],
  ['Heartbeat', 'TenantId', 'string'],
  ['Heartbeat', 'RemoteIPLatitude', 'real'],
  ['ThreatIntelligenceIndicator', 'ConfidenceScore', 'real'],
  ['Usage', 'Quantity', 'real'],
  ['Watchlist', 'SearchKey', 'string'],
];

const AZURE_MONITOR_INCLUDE = `---
ms.topic: include
ms.custom: Heartbeat
---

| Column | Type | Description |
|---|---|---|
| Computer | string | Computer name |
| RemoteIPLatitude | real | Latitude |
| DurationMs | BigInt | |
| Odd | decimalish | |
`;

const DEFENDER_PAGE = `# BehaviorInfo (Preview)

| Column name | Data type | Description |
|-------------|-----------|-------------|
| \`Timestamp\` | \`datetime\` | Date and time |
|\`IsGuestUser\`|\`boolean\`| Guest |

## Related topics
| Not | a | column |
`;

describe('schema catalogue', () => {
  it.each(documentedColumns)('%s.%s is %s', (table, column, type) => {
    expect(schemaFor(table)?.find((c) => c.name === column)?.type).toBe(type);
  });

  it('reads Azure Monitor include pages (name from ms.custom) and Defender pages (name from the title)', () => {
    expect(readReferencePage(AZURE_MONITOR_INCLUDE)).toEqual({
      table: 'Heartbeat',
      columns: [
        { name: 'Computer', type: 'string' },
        { name: 'RemoteIPLatitude', type: 'real' },
        { name: 'DurationMs', type: 'long' },
      ],
      unknownTypes: ['Odd:decimalish'],
    });
    expect(readReferencePage(DEFENDER_PAGE)?.columns).toEqual([
      { name: 'Timestamp', type: 'datetime' },
      { name: 'IsGuestUser', type: 'bool' },
    ]);
    expect(readReferencePage('# Overview\n\nNo columns here.')).toBeUndefined();
  });

  it('reads the advanced hunting table list', () => {
    const page =
      '| **[DeviceEvents](advanced-hunting-deviceevents-table.md)** | x |\n| **[AlertInfo](advanced-hunting-alertinfo-table.md)** (Preview) | y |';
    expect(readAdvancedHuntingTableList(page)).toEqual(['DeviceEvents', 'AlertInfo']);
  });

  it('answers a catalogued table without data as empty, like Log Analytics, and still rejects unknown tables', async () => {
    const db = KqlDatabase.empty();
    const result = await run(db, 'DeviceNetworkEvents | where RemotePort == 443 | summarize n = count() by DeviceName');
    expect(result.rows).toEqual([]);
    expect(result.columns).toEqual(['DeviceName:string', 'n:long']);
    expect(await failureCodes(db, 'DeviceNetworkEvent | take 1')).toEqual(['KQL0010']);
  });

  it.each([
    ['DeviceInfo | join (DeviceNetworkEvents) on DeviceId', ['DeviceInfo', 'DeviceNetworkEvents']],
    ['table("SecurityAlert") | take 1', ['SecurityAlert']],
    ['union EmailUrl*, NoSuchTable', ['EmailUrlInfo']],
    ['let SecurityAlert = 1; print SecurityAlert', ['SecurityAlert']],
    ['find in (DeviceEvents, DeviceNetworkEvents) where RemoteIP == "x"', ['DeviceEvents', 'DeviceNetworkEvents']],
  ])('the linter declares the catalogued tables %j names', (query, tables) => {
    expect(catalogueTablesNamedIn(query)).toEqual(tables);
  });

  it('the linter declares every table for a query that reads tables it does not name', () => {
    expect(catalogueTablesNamedIn('search "x"')).toHaveLength(catalogueTableNames().length);
    expect(catalogueTablesNamedIn('union * | count')).toHaveLength(catalogueTableNames().length);
    expect(catalogueTablesNamedIn('find where RemoteIP == "x"')).toHaveLength(catalogueTableNames().length);
  });

  it.each([
    'ExposureGraphEdges | where EdgeLabel == "has permissions to" | project SourceNodeName, TargetNodeName',
    'GraphAPIAuditEvents | where Timestamp > ago(1d) | summarize count() by ApplicationId',
    'EntraIdSignInEvents | where ErrorCode == 0 | join kind=inner (IdentityInfo | project AccountUpn, OnPremSid) on AccountUpn',
    'OAuthAppInfo | where IsAdminConsented | mv-expand Permissions',
    'AzureDiagnostics | where TimeGenerated > ago(1h) | take 1',
  ])('huntops lint reports no unknown table or column for %j', (query) => {
    expect(lintQuery(query).filter((d) => d.severity === 'Error')).toEqual([]);
  });

  it('lets huntops lint bind Defender XDR and Sentinel tables', () => {
    const query =
      'DeviceNetworkEvents | where Timestamp > ago(1d) and RemotePort == 443 | join kind=inner (DeviceInfo | project DeviceId, OSPlatform) on DeviceId\n' +
      '| union (SecurityAlert | where AlertSeverity == "High" | project DeviceName = CompromisedEntity)';
    expect(lintQuery(query).filter((d) => d.severity === 'Error')).toEqual([]);
  });
});
