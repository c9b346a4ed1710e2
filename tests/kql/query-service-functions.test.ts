import { describe, expect, it } from 'vitest';
import { formatDiagnostic, KqlDatabase, runQuery } from '../../src/kql/index.ts';
import { database, failureCodes, run, TEST_NOW, table } from './support/builders.ts';

/** Functions Defender XDR and Sentinel define next to KQL, as the local engine runs them. */
const db = database({
  DeviceFileEvents: table('FileName:string, SHA1:string, InitiatingProcessSHA256:string', [
    ['a.exe', 'sha1-a', ''],
    ['b.dll', '', 'sha256-b'],
    ['c.exe', 'sha1-c', 'sha256-c'],
  ]),
  Watchlist_ipwatchlist: table('IPAddress:string, Location:string', [
    ['10.0.100.11', 'Home'],
    ['172.16.107.23', 'Work'],
  ]),
  Watchlist_accounts: table('Users:string, SearchKey:string, LastUpdatedTimeUTC:datetime', [
    ['alice', 'alice@contoso.com', Date.parse('2024-01-02T00:00:00Z')],
  ]),
  Heartbeat: table('ComputerIP:string', [['10.0.100.11'], ['192.0.2.1']]),
});

describe('FileProfile() (advanced-hunting-fileprofile-function.md)', () => {
  it('adds the documented profile columns the input lacks, empty: the file intelligence service is not local', async () => {
    const { columns, rows } = await run(db, 'DeviceFileEvents | project FileName, SHA1 | invoke FileProfile()');
    expect(columns).toEqual([
      'FileName:string',
      'SHA1:string',
      'SHA256:string',
      'MD5:string',
      'FileSize:int',
      'GlobalPrevalence:int',
      'GlobalFirstSeen:datetime',
      'GlobalLastSeen:datetime',
      'Signer:string',
      'Issuer:string',
      'SignerHash:string',
      'IsCertificateValid:bool',
      'IsRootSignerMicrosoft:bool',
      'SignatureState:string',
      'IsExecutable:bool',
      'ThreatName:string',
      'Publisher:string',
      'SoftwareName:string',
      'ProfileAvailability:string',
    ]);
    expect(rows.map((row) => [row[0], row[5], row.at(-1)])).toEqual([
      ['a.exe', null, 'Error'],
      ['b.dll', null, ''], // no file ID: nothing to enrich
      ['c.exe', null, 'Error'],
    ]);
  });

  it('takes the file ID column by name or as a string, and enriches at most the given number of records', async () => {
    const byName = await run(db, 'DeviceFileEvents | invoke FileProfile(InitiatingProcessSHA256, 1)');
    expect(byName.rows.map((row) => [row[0], row.at(-1)])).toEqual([
      ['a.exe', ''],
      ['b.dll', 'Error'],
      ['c.exe', ''], // past the limit of 1
    ]);
    const byString = await run(db, 'DeviceFileEvents | invoke FileProfile("SHA1", 500) | where GlobalPrevalence < 15');
    expect(byString.rows).toEqual([]);
  });

  it('refuses a file ID column the page does not allow, one the input lacks, and a limit below 1 or not whole', async () => {
    expect(await failureCodes(db, 'DeviceFileEvents | invoke FileProfile(FileName)')).toEqual(['KQL0036']);
    expect(await failureCodes(db, 'DeviceFileEvents | project FileName | invoke FileProfile()')).toEqual(['KQL0012']);
    expect(await failureCodes(db, 'DeviceFileEvents | invoke FileProfile(SHA1, 0)')).toEqual(['KQL0036']);
    expect(await failureCodes(db, 'DeviceFileEvents | invoke FileProfile(SHA1, 2.5)')).toEqual(['KQL0036']);
  });

  it('takes a limit above the documented 1000, as published rules pass (FileProfile(SHA1, 10000)), and enriches 1000', async () => {
    const many = await run(
      db,
      'DeviceFileEvents | invoke FileProfile(SHA1, 10000) | summarize count() by ProfileAvailability',
    );
    // Every row with a file ID is enriched (one has none, so its ProfileAvailability stays empty, as documented).
    expect(many.rows).toEqual([
      ['Error', 2],
      ['', 1],
    ]);
  });
});

describe("_GetWatchlist('alias') (Sentinel watchlists-queries.md)", () => {
  it('answers the rows of Watchlist_<alias> after the item columns; the first column is the search key', async () => {
    const { columns, rows } = await run(db, "_GetWatchlist('ipwatchlist')");
    expect(columns).toEqual([
      '_DTItemId:string',
      'LastUpdatedTimeUTC:datetime',
      'SearchKey:string',
      'IPAddress:string',
      'Location:string',
    ]);
    expect(rows).toEqual([
      ['', null, '10.0.100.11', '10.0.100.11', 'Home'],
      ['', null, '172.16.107.23', '172.16.107.23', 'Work'],
    ]);
  });

  it("uses the file's SearchKey and LastUpdatedTimeUTC columns when it has them", async () => {
    const { columns, rows } = await run(db, "_GetWatchlist('accounts')");
    expect(columns).toEqual(['_DTItemId:string', 'LastUpdatedTimeUTC:datetime', 'SearchKey:string', 'Users:string']);
    expect(rows).toEqual([['', Date.parse('2024-01-02T00:00:00Z'), 'alice@contoso.com', 'alice']]);
  });

  it('joins and filters like a table, as the page’s examples do', async () => {
    const inline = await run(
      db,
      "Heartbeat | where ComputerIP in ((_GetWatchlist('ipwatchlist') | project SearchKey))",
    );
    expect(inline.rows).toEqual([['10.0.100.11']]);
    const asLet = await run(
      db,
      "let watchlist = (_GetWatchlist('ipwatchlist') | project IPAddress); Heartbeat | where ComputerIP in (watchlist)",
    );
    expect(asLet.rows).toEqual([['10.0.100.11']]);
    const lookup = await run(
      db,
      "Heartbeat | lookup kind=leftouter _GetWatchlist('ipwatchlist') on $left.ComputerIP == $right.SearchKey | project ComputerIP, Location",
    );
    expect(lookup.rows).toEqual([
      ['10.0.100.11', 'Home'],
      ['192.0.2.1', ''],
    ]);
  });

  it('a watchlist without a file has no items, only the item columns; the alias must be a constant string', async () => {
    const { columns, rows } = await run(KqlDatabase.empty(), "_GetWatchlist('none')");
    expect(columns).toEqual(['_DTItemId:string', 'LastUpdatedTimeUTC:datetime', 'SearchKey:string']);
    expect(rows).toEqual([]);
    expect(await failureCodes(db, '_GetWatchlist(1)')).toEqual(['KQL0036']);
  });
});

const networkInfo = database({
  DeviceNetworkInfo: table(
    'Timestamp:datetime, DeviceId:string, DeviceName:string, NetworkAdapterName:string, NetworkAdapterType:string, ConnectedNetworks:dynamic, IPAddresses:dynamic',
    [
      [
        Date.parse('2024-01-01T00:00:00Z'),
        'd1',
        'pc1',
        'eth0',
        'Ethernet',
        [],
        [{ IPAddress: '10.0.0.5', AddressType: 'Private' }],
      ],
      [
        Date.parse('2024-01-05T00:00:00Z'),
        'd1',
        'pc1',
        'eth0',
        'Ethernet',
        [],
        [{ IPAddress: '10.0.0.9', AddressType: 'Private' }],
      ],
      [
        Date.parse('2024-01-05T00:00:00Z'),
        'd2',
        'pc2',
        'eth0',
        'Ethernet',
        [],
        [{ IPAddress: '10.0.0.5', AddressType: 'Private' }],
      ],
    ],
  ),
  Seen: table('IP:string', [['10.0.0.5'], ['10.0.0.9'], ['10.0.0.5'], ['192.0.2.7']]),
});

describe('AssignedIPAddresses(), DeviceFromIP(), SeenBy() (advanced-hunting-*-function.md), from DeviceNetworkInfo', () => {
  it("AssignedIPAddresses(device, time) lists the addresses of each adapter's latest report at or before the time", async () => {
    const latest = await run(networkInfo, "AssignedIPAddresses('pc1') | project DeviceId, IPAddress, IPType");
    expect(latest.rows).toEqual([['d1', '10.0.0.9', 'Private']]);
    const before = await run(
      networkInfo,
      "AssignedIPAddresses('d1', datetime(2024-01-02)) | project Timestamp, IPAddress",
    );
    expect(before.rows).toEqual([[Date.parse('2024-01-01T00:00:00Z'), '10.0.0.5']]);
  });

  it('invoke DeviceFromIP() pairs each IP of the input with the devices whose latest report lists it', async () => {
    const { columns, rows } = await run(networkInfo, 'Seen | invoke DeviceFromIP() | order by IP asc, DeviceId asc');
    expect(columns).toEqual(['IP:string', 'DeviceId:string']);
    expect(rows).toEqual([
      ['10.0.0.5', 'd2'],
      ['10.0.0.9', 'd1'],
    ]);
  });

  it('invoke SeenBy() keeps the input and adds SeenBy, empty here: no table records device discovery', async () => {
    // device-discovery.md: `DeviceInfo | … | invoke SeenBy() | project DeviceId, DeviceName, DeviceType, SeenBy`.
    const { columns, rows } = await run(
      networkInfo,
      `datatable(DeviceId:string, DeviceName:string)['d1', 'pc1'] | invoke SeenBy()
       | mv-expand parse_json(SeenBy) | extend SeenByDeviceId = tostring(SeenBy.DeviceId)`,
    );
    expect(columns).toEqual(['DeviceId:string', 'DeviceName:string', 'SeenBy:dynamic', 'SeenByDeviceId:string']);
    expect(rows).toEqual([['d1', 'pc1', null, '']]);
  });

  it('a problem inside one of them (input without an IP column) is reported at the call, naming the function', async () => {
    const outcome = await runQuery(networkInfo, "datatable(x:string)['1']\n| invoke DeviceFromIP()", { now: TEST_NOW });
    expect(!outcome.ok && outcome.kind === 'diagnostics' && outcome.diagnostics.map(formatDiagnostic)).toEqual([
      "KQL0012 line 2, col 10: DeviceFromIP(): unknown column 'IP'",
    ]);
  });

  it('a let of the same name shadows them', async () => {
    expect(
      (await run(networkInfo, "let AssignedIPAddresses = (x:string) { print x }; AssignedIPAddresses('a')")).rows,
    ).toEqual([['a']]);
  });
});
