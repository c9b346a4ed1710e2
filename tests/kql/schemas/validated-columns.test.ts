import { describe, expect, it } from 'vitest';
import { lintQuery } from '../../../src/hunts/index.ts';
import { KqlDatabase, schemaFor } from '../../../src/kql/index.ts';
import { failureCodes, run } from '../support/builders.ts';

// Columns that Microsoft's validation of published Sentinel queries declares (Azure/Azure-Sentinel
// .script/tests/KqlvalidationsTests/CustomTables/<Table>.json, copied to src/kql/schemas/catalogue/
// sentinel-custom-tables) and the 2025 Azure Monitor table pages lack.

const lintErrors = (query: string) => lintQuery(query).filter((d) => d.severity === 'Error');

describe('columns of documented tables that only their validation schema lists', () => {
  // The sign-in columns ep3p/Sentinel_KQL's Entra ID Protection queries project (IncomingTokenType,
  // TokenProtectionStatusDetails, SessionId): CustomTables/AADNonInteractiveUserSignInLogs.json.
  const signIns =
    'AADNonInteractiveUserSignInLogs | where IncomingTokenType has "primaryRefreshToken" ' +
    '| project TimeGenerated, UserPrincipalName, IncomingTokenType, TokenProtectionStatusDetails, SessionId, IsThroughGlobalSecureAccess';

  it('binds AADNonInteractiveUserSignInLogs.IncomingTokenType and the other newer sign-in columns in the engine', async () => {
    const empty = await run(KqlDatabase.empty(), signIns);
    expect(empty.columns).toEqual([
      'TimeGenerated:datetime',
      'UserPrincipalName:string',
      'IncomingTokenType:string',
      'TokenProtectionStatusDetails:string',
      'SessionId:string',
      'IsThroughGlobalSecureAccess:bool',
    ]);
    expect(empty.rows).toEqual([]);
  });

  it('binds them in huntops lint, which still rejects a column no source lists', () => {
    expect(lintErrors(signIns)).toEqual([]);
    expect(lintErrors('AADNonInteractiveUserSignInLogs | project IncomingTokenKind')).not.toEqual([]);
  });

  it('keeps the hand-kept columns of a hunted table first and in order, the validated ones after them', () => {
    const names = (schemaFor('AADNonInteractiveUserSignInLogs') ?? []).map((c) => c.name);
    expect(names.slice(0, 3)).toEqual(['TenantId', 'SourceSystem', 'TimeGenerated']);
    expect(names.indexOf('IncomingTokenType')).toBeGreaterThan(names.indexOf('UserType'));
  });

  it("keeps the page's type where the page and the validation file both list a column", () => {
    // AADServicePrincipalSignInLogs.json types DurationMs Double; its Azure Monitor page says long.
    expect(schemaFor('AADServicePrincipalSignInLogs')?.find((c) => c.name === 'DurationMs')?.type).toBe('long');
    // CommonSecurityLog.json types ReceivedBytes BigInt, which is Kusto's long, as its page says.
    expect(schemaFor('CommonSecurityLog')?.find((c) => c.name === 'ReceivedBytes')?.type).toBe('long');
  });

  it('adds the columns of other validation files: ThreatIntelIndicators, Syslog, AADManagedIdentitySignInLogs', async () => {
    expect(
      await failureCodes(
        KqlDatabase.empty(),
        'ThreatIntelIndicators | where isnotempty(NetworkIP) | project ThreatType, ExpirationDateTime',
      ),
    ).toEqual([]);
    expect(await failureCodes(KqlDatabase.empty(), 'Syslog | summarize count() by MG, ManagementGroupName')).toEqual(
      [],
    );
    expect(schemaFor('AADManagedIdentitySignInLogs')?.find((c) => c.name === 'ConditionalAccessPoliciesV2')?.type).toBe(
      'dynamic',
    );
  });

  it('does not take a validation file copy of a hidden standard column as a visible one', async () => {
    // CommonSecurityLog.json lists _ItemId; it binds when a query names it and stays out of `take`'s columns.
    expect(schemaFor('CommonSecurityLog')?.some((c) => c.name === '_ItemId')).toBe(false);
    expect(await failureCodes(KqlDatabase.empty(), 'CommonSecurityLog | project _ItemId')).toEqual([]);
  });

  it('catalogues CopilotActivity, a table newer than the Azure Monitor pages, from its validation file', async () => {
    const copilot = await run(
      KqlDatabase.empty(),
      'CopilotActivity | where RecordType == "CopilotInteraction" | summarize count() by ActorName, AIModelName',
    );
    expect(copilot.columns).toEqual(['ActorName:string', 'AIModelName:string', 'count_:long']);
    expect(lintErrors('CopilotActivity | project TimeGenerated, LLMEventData, AgentName')).toEqual([]);
  });
});
