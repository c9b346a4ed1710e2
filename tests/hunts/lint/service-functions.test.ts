import { describe, expect, it } from 'vitest';
import { lintQuery } from '../../../src/hunts/index.ts';

const findings = (query: string) =>
  lintQuery(query).map(({ code, severity, line, column }) => `${code} ${severity} ${line}:${column}`);

// Published hunting queries call Microsoft's service functions that the embedded engine runs; lint declares
// them as the engine defines them. The first analysis loads Microsoft's Kusto analyzer (several seconds).
describe('lint of the service functions the engine runs', { timeout: 60_000 }, () => {
  it('binds invoke FileProfile(SHA1, 1000) and knows the profile columns it adds to later operators', () => {
    const query = [
      'DeviceFileEvents',
      '| where ActionType == "FileCreated"',
      '| invoke FileProfile(SHA1, 1000)',
      '| where GlobalPrevalence <= 50 and not(IsCertificateValid)',
      '| project Timestamp, DeviceName, FileName, SHA1, GlobalPrevalence, Signer, ProfileAvailability',
    ].join('\n');
    expect(findings(query)).toEqual([]);
  });

  it('takes the file ID column by name or as a string, and its defaults', () => {
    expect(
      findings('DeviceProcessEvents\n| invoke FileProfile(InitiatingProcessSHA256)\n| project GlobalFirstSeen'),
    ).toEqual([]);
    expect(findings("DeviceFileEvents\n| invoke FileProfile('SHA256', 100)\n| project ThreatName")).toEqual([]);
    expect(findings('DeviceFileEvents\n| invoke FileProfile()\n| summarize max(GlobalLastSeen)')).toEqual([]);
  });

  it('still reports a column FileProfile does not take as its file ID and a misspelt profile column', () => {
    expect(findings('DeviceProcessEvents\n| invoke FileProfile(FileName)')).toEqual(['KS142 Error 2:22']);
    expect(findings('DeviceProcessEvents\n| invoke FileProfile(SHA1)\n| project GlobalPrevalance')).toEqual([
      'KS142 Error 3:11',
    ]);
  });

  it('binds DeviceFromIP over an IP column and reports input without one', () => {
    const query = 'DeviceNetworkEvents\n| project IP = RemoteIP\n| invoke DeviceFromIP()\n| project IP, DeviceId';
    expect(findings(query)).toEqual([]);
    expect(findings('DeviceNetworkEvents\n| invoke DeviceFromIP()').map((finding) => finding.split(' ')[0])).toEqual([
      'KS249',
    ]);
  });

  it('binds AssignedIPAddresses with its result columns', () => {
    const query = [
      "AssignedIPAddresses('example-device-name', ago(1d))",
      '| project DeviceName, IPAddress, IPType, AssignedTime = Timestamp',
    ].join('\n');
    expect(findings(query)).toEqual([]);
    expect(findings("AssignedIPAddresses('example-device-name')\n| project Address")).toEqual(['KS142 Error 2:11']);
  });

  it("binds _GetWatchlist('x') | project SearchKey and the item columns every watchlist has", () => {
    expect(findings("_GetWatchlist('x')\n| project SearchKey, _DTItemId, LastUpdatedTimeUTC")).toEqual([]);
    const lookup = [
      'SigninLogs',
      "| where IPAddress in ((_GetWatchlist('HighValueIPs') | project SearchKey))",
      '| project UserPrincipalName, IPAddress',
    ].join('\n');
    expect(findings(lookup)).toEqual([]);
  });

  it("warns, without an error, about a column only a watchlist's own columns could hold", () => {
    const query = "_GetWatchlist('VIPUsers')\n| project SearchKey, Owner\n| where Owner has 'a'";
    expect(findings(query)).toEqual(['KS142 Warning 2:22']);
    expect(lintQuery(query)[0].message).toContain('may be a column of the watchlist');
    // A name unknown where no watchlist flows in stays an error.
    const misspelt =
      "SigninLogs\n| where IPAddress in ((_GetWatchlist('IPs') | project SearchKey))\n| project UserPrincipalNam";
    expect(findings(misspelt)).toEqual(['KS142 Error 3:11']);
  });

  it('still reports a genuinely unknown function', () => {
    expect(findings('DeviceFileEvents\n| invoke FileProfiles(SHA1)')).toContain('KS211 Error 2:10');
    expect(findings('NotAServiceFunction(SHA1)')).toContain('KS211 Error 1:1');
  });
});
