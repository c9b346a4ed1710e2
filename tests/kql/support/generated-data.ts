import { readFileSync } from 'node:fs';
import { type KqlColumn, KqlDatabase, parseColumnSpec, type RawTable, TABLE_SCHEMAS } from '../../../src/kql/index.ts';
import { TEST_NOW } from './builders.ts';

/**
 * Deterministic sample rows for the Sentinel tables, so that every corpus and seed query has
 * data to run over. Values are plausible enough to pass typical filters (failed logons, sign-in
 * error codes, IPs) but the point is coverage of code paths, not realism.
 */
const STRING_POOLS: Record<string, readonly string[]> = {
  ResultType: ['0', '50126', '50053', '50074', '0', '50057'],
  IPAddress: ['203.0.113.5', '198.51.100.7', '10.0.0.4', '203.0.113.5'],
  IpAddress: ['203.0.113.5', '198.51.100.7', '-', '10.0.0.4'],
  RemoteIP: ['203.0.113.5', '198.51.100.7', '10.0.0.4'],
  UserPrincipalName: ['alice@contoso.com', 'bob.smith@contoso.com', 'carol-jones@contoso.com'],
  Account: ['CONTOSO\\alice', 'CONTOSO\\bob', 'WKS1$'],
  TargetAccount: ['CONTOSO\\alice', 'CONTOSO\\bob'],
  AccountName: ['alice', 'bob', 'administrator'],
  ActionType: ['LogonFailed', 'LogonSuccess', 'LogonFailed'],
  SubStatus: ['0xc000006a', '0xc0000064', '0xc0000234'],
  Status: ['0xc000006d', '0x0'],
  Facility: ['auth', 'authpriv', 'daemon'],
  ProcessName: ['sshd', 'sudo', 'sftp-server'],
  SyslogMessage: [
    'Failed password for invalid user admin from 203.0.113.5 port 2222 ssh2',
    'Accepted password for alice from 10.0.0.4 port 50000 ssh2',
    'close "/home/alice/data.bin" bytes read 1048576 written 0',
    'session opened for local user alice from [10.0.0.4]',
  ],
  OperationName: ['Add member to role', 'Reset password (by admin)', 'Update user', 'Add user', 'Delete user'],
  Computer: ['WKS1.contoso.com', 'SRV2.contoso.com'],
  AppDisplayName: ['Azure Portal', 'Office 365 Exchange Online', 'Windows Sign In'],
  Location: ['US', 'DE', 'NL'],
};

const DYNAMIC_POOLS: Record<string, readonly unknown[]> = {
  LocationDetails: [
    {
      city: 'Seattle',
      state: 'Washington',
      countryOrRegion: 'US',
      geoCoordinates: { latitude: 47.6, longitude: -122.3 },
    },
    { city: 'Berlin', state: 'Berlin', countryOrRegion: 'DE', geoCoordinates: { latitude: 52.5, longitude: 13.4 } },
  ],
  DeviceDetail: [
    { deviceId: 'd1', displayName: 'WKS1', operatingSystem: 'Windows 10', browser: 'Edge 120', trustType: '' },
  ],
  Status: [{ errorCode: 50126, failureReason: 'Invalid username or password', additionalDetails: 'MFA denied' }],
  InitiatedBy: [{ user: { userPrincipalName: 'admin@contoso.com', ipAddress: '203.0.113.5', id: 'u1' } }],
  TargetResources: [
    [
      {
        userPrincipalName: 'alice@contoso.com',
        displayName: 'Global Administrator',
        id: 't1',
        modifiedProperties: [{ displayName: 'Role.DisplayName', newValue: '"Global Administrator"', oldValue: '""' }],
      },
    ],
  ],
  EventData: [{ LogonType: '10', IpAddress: '203.0.113.5', TargetUserName: 'alice', SubStatus: '0xc000006a' }],
  AdditionalFields: [{ Count: 1 }],
};

function valueFor(column: KqlColumn, row: number): unknown {
  const pick = <T>(pool: readonly T[]) => pool[row % pool.length];
  switch (column.type) {
    case 'string':
    case 'guid':
      return STRING_POOLS[column.name] ? pick(STRING_POOLS[column.name]) : `${column.name}-${row % 4}`;
    case 'int':
    case 'long':
      if (column.name === 'EventID') return pick([4625, 4624, 4625, 4648, 4740, 4771]);
      if (column.name === 'LogonType') return pick([3, 10, 2]);
      return row % 7;
    case 'real':
    case 'decimal':
      return (row % 7) * 1.5;
    case 'bool':
      return row % 2 === 0;
    case 'datetime':
      return TEST_NOW.getTime() - row * 3_600_000;
    case 'timespan':
      return row * 60_000;
    case 'dynamic':
      return DYNAMIC_POOLS[column.name] ? pick(DYNAMIC_POOLS[column.name]) : { value: row };
  }
}

export function generatedTable(name: string, columns: readonly KqlColumn[], rowCount = 48): RawTable {
  const rows = Array.from({ length: rowCount }, (_, row) => columns.map((c) => valueFor(c, row)));
  return { name, columns, rows };
}

/** The eight tables huntops' own hunts read, whose schemas are kept by hand (the rest come from the catalogue). */
export const HUNTED_TABLES = [
  'SigninLogs',
  'AADNonInteractiveUserSignInLogs',
  'AuditLogs',
  'SecurityEvent',
  'WindowsEvent',
  'Syslog',
  'DeviceLogonEvents',
  'IdentityLogonEvents',
] as const;

/**
 * A database with generated rows for the hunted tables plus any extra schemas given. Not for the whole
 * catalogue: 700 tables of rows would cost every test seconds, and a catalogued table without data is empty.
 */
export function generatedDatabase(extra: Record<string, readonly KqlColumn[]> = {}): KqlDatabase {
  const schemas = { ...huntedSchemas(), ...extra };
  return KqlDatabase.fromRawTables(Object.entries(schemas).map(([name, columns]) => generatedTable(name, columns)));
}

function huntedSchemas(): Record<string, readonly KqlColumn[]> {
  return Object.fromEntries(HUNTED_TABLES.map((name) => [name, TABLE_SCHEMAS[name]]));
}

/** The tables the 78 corpus queries read: the hunted ones and the corpus' extra column subsets. */
export function corpusSchemas(): Record<string, readonly KqlColumn[]> {
  return { ...huntedSchemas(), ...corpusExtraSchemas() };
}

/** The corpus also reads tables outside the eight hunted ones; their column subsets live in a fixture. */
export function corpusExtraSchemas(): Record<string, readonly KqlColumn[]> {
  const spec = JSON.parse(
    readFileSync(new URL('../../fixtures/kql/corpus-extra-tables.json', import.meta.url), 'utf8'),
  );
  return Object.fromEntries(
    Object.entries(spec as Record<string, string>)
      .filter(([name]) => !name.startsWith('_'))
      .map(([name, columns]) => [name, parseColumnSpec(columns)]),
  );
}
