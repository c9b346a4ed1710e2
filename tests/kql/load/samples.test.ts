import { describe, expect, it } from 'vitest';
import { type LoadedTables, loadColumnTables } from '../../../src/kql/load/index.ts';
import { dirWith, SAMPLES } from './support/fixture-dirs.ts';

// The real Sentinel portal exports copied into tests/fixtures/kql/load/samples (see its README.md).
const loaded = loadColumnTables(SAMPLES);

function table(result: LoadedTables, name: string) {
  const found = result.tables.find((t) => t.name === name);
  if (!found) throw new Error(`no table ${name}; have ${result.tables.map((t) => t.name).join(', ')}`);
  return found;
}
const warningsFor = (result: LoadedTables, prefix: string) =>
  result.warnings.filter((w) => w.file.startsWith(prefix)).map((w) => w.message);
function count(values: unknown[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[String(value)] = (counts[String(value)] ?? 0) + 1;
  return counts;
}

describe('SigninLogs portal export (BOM, CRLF, [UTC] headers, split columns, multi-line JSON cells)', () => {
  it('loads all 56 rows under the real column names with their schema types', async () => {
    const signins = table(await loaded, 'SigninLogs');
    expect(signins.rowCount).toBe(56);
    expect(signins.columns.some((c) => /_dynamic$|_string$| \[UTC\]$/.test(c.name))).toBe(false);
    expect(signins.typeOf('LocationDetails')).toBe('dynamic');
    expect(signins.typeOf('IsInteractive')).toBe('bool');
    expect(count(signins.columnValues('ResultType'))).toEqual({ '0': 53, '16000': 2, '50058': 1 });
    expect(new Set(signins.columnValues('IsInteractive'))).toEqual(new Set([true]));
  });

  it('derives TimeGenerated from the US-locale CreatedDateTime and says so', async () => {
    const result = await loaded;
    const signins = table(result, 'SigninLogs');
    expect(new Date(signins.value(0, 'TimeGenerated') as number).toISOString()).toBe('2021-04-28T14:08:45.221Z');
    expect(signins.columnValues('TimeGenerated')).toEqual(signins.columnValues('CreatedDateTime'));
    expect(warningsFor(result, 'SigninLogs__')).toContain('no TimeGenerated column; using CreatedDateTime');
  });

  it('rejoins X_dynamic/X_string pairs into parsed JSON and keeps multi-line cells intact', async () => {
    const signins = table(await loaded, 'SigninLogs');
    expect(signins.value(0, 'LocationDetails')).toMatchObject({ countryOrRegion: 'IL', city: 'Azor' });
    expect(signins.value(0, 'Status')).toEqual({ errorCode: 0 });
    const details = signins.value(0, 'AuthenticationDetails') as string;
    expect(details).toContain('\r\n');
    expect(JSON.parse(details)[0].authenticationStepDateTime).toBe('2021-04-28T14:08:45.2213421+00:00');
  });

  it('reads empty cells as "" in string columns and null elsewhere', async () => {
    const signins = table(await loaded, 'SigninLogs');
    expect(signins.value(0, 'AlternateSignInName')).toBe('');
    expect(signins.value(0, 'IsRisky')).toBeNull();
  });
});

describe('SecurityEvent export (Excel damage, sparse columns)', () => {
  it('types EventID as int and reads the US-locale TimeGenerated [UTC]', async () => {
    const events = table(await loaded, 'SecurityEvent');
    expect(events.rowCount).toBe(21);
    expect(count(events.columnValues('EventID'))).toEqual({ '4624': 2, '4625': 19 });
    expect(new Date(events.value(0, 'TimeGenerated') as number).toISOString()).toBe('2024-10-18T09:29:21.125Z');
  });

  it('keeps #NAME? as text, warns about it, and keeps trailing spaces', async () => {
    const result = await loaded;
    const events = table(result, 'SecurityEvent');
    expect(events.columnValues('Account').filter((a) => a === '#NAME?')).toHaveLength(19);
    expect(warningsFor(result, 'SecurityEvent__').join('\n')).toMatch(
      /#NAME\? cells in Account \(19\), TargetAccount \(19\)/,
    );
    expect(events.value(0, 'LogonProcessName')).toBe('NtLmSsp ');
    expect(events.value(0, 'EventData')).toBe('');
  });
});

describe('Syslog ASIM sshd export (Excel serial dates, no Syslog columns)', () => {
  it('hints at the Type column when the file name is not the table name', async () => {
    const result = await loaded;
    expect(table(result, 'Syslog-sshd-ASIM').rowCount).toBe(20);
    expect(warningsFor(result, 'Syslog-sshd-ASIM__').join('\n')).toMatch(/rename the file to Syslog__<anything>\.csv/);
  });

  it('as Syslog: converts serial dates and derives ProcessName, Facility and Computer', async () => {
    const dir = await dirWith({
      'Syslog__sshd.csv': 'samples/Syslog-sshd-ASIM__OpenBSD_OpenSSH_Authentication_IngestedLogs.csv',
    });
    const result = await loadColumnTables(dir);
    const syslog = table(result, 'Syslog');
    expect(syslog.typeOf('TimeGenerated')).toBe('datetime');
    expect(new Date(syslog.value(0, 'TimeGenerated') as number).toISOString()).toMatch(/^2025-05-27T05:40:0/);
    expect(new Set(syslog.columnValues('ProcessName'))).toEqual(new Set(['sshd']));
    expect(syslog.value(0, 'Facility')).toBe('authpriv');
    expect(syslog.value(0, 'Computer')).toBe('srsdcfd353453');
    expect(syslog.typeOf('EventStartTime')).toBe('datetime');
    expect(result.warnings.map((w) => w.message).join('\n')).toMatch(
      /derived ProcessName, Facility, Computer, HostName/,
    );
  });
});

describe('query-output exports', () => {
  it('keeps the en dash and trailing space of AuditLogs OperationName and parses JSON cells', async () => {
    const audit = table(await loaded, 'AuditLogs-hunting-output');
    expect(audit.value(0, 'OperationName')).toBe('Update application – Certificates and secrets management ');
    expect(audit.value(0, 'InitiatedBy')).toMatchObject({ user: { ipAddress: '45.153.160.2' } });
  });

  it('reads make_set arrays and [UTC] datetimes of the SigninLogs rule output', async () => {
    const output = table(await loaded, 'SigninLogs-rule-output');
    expect(output.value(0, 'disabledAccountSet')).toEqual(['johns@m365x816222.onmicrosoft.com']);
    expect(output.typeOf('disabledAccountLoginAttempts')).toBe('long');
    expect(new Date(output.value(0, 'StartTime') as number).toISOString()).toBe('2021-04-19T12:13:19.483Z');
  });
});
