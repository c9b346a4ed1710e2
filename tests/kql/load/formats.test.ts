import { describe, expect, it } from 'vitest';
import type { StringColumn } from '../../../src/kql/engine/index.ts';
import { type LoadWarning, loadColumnTables, loadTablesFromDirectory } from '../../../src/kql/load/index.ts';
import { dirWith, FIXTURES } from './support/fixture-dirs.ts';

const quirks = loadColumnTables(`${FIXTURES}/quirks`);
async function table(name: string) {
  const found = (await quirks).tables.find((t) => t.name === name);
  if (!found) throw new Error(`no table ${name}`);
  return found;
}

describe('JSON Lines', () => {
  it('fills one table from SigninLogs__part1/part2, skipping blank lines, CRLF and a BOM', async () => {
    const signins = await table('SigninLogs');
    expect(signins.columnValues('UserPrincipalName')).toEqual([
      'alice@contoso.com',
      'bob@contoso.com',
      'carol@contoso.com',
    ]);
    expect(signins.value(0, 'TimeGenerated')).toBe(Date.parse('2024-10-18T09:29:21.125Z'));
  });

  it('coerces values to the known schema: numbers to string, JSON text to dynamic, text to long', async () => {
    const signins = await table('SigninLogs');
    expect(signins.columnValues('ResultType')).toEqual(['50126', '0', '50053']);
    expect(signins.value(1, 'Status')).toEqual({ errorCode: 0 });
    expect(signins.columnValues('DurationMs')).toEqual([null, 12, null]);
    expect(signins.value(0, 'LocationDetails')).toEqual({ city: 'Oslo' });
  });

  it('declares every schema column, empty when no file has it, and appends unknown ones', async () => {
    const signins = await table('SigninLogs');
    expect(signins.columnValues('AppDisplayName')).toEqual(['', '', '']);
    expect(signins.columnValues('IsRisky')).toEqual([null, null, null]);
    expect(signins.columns.at(-1)).toEqual({ name: 'Extra', type: 'string' });
    expect(signins.columnValues('Extra')).toEqual(['', 'x', '']);
  });

  it('lets empty schema columns share one backing array (memory stays per present column)', async () => {
    const signins = await table('SigninLogs');
    const codes = (name: string) => (signins.column(name) as StringColumn).codes;
    expect(codes('AppDisplayName')).toBe(codes('AlternateSignInName'));
    expect(codes('AppDisplayName')).not.toBe(codes('IPAddress'));
  });

  it('infers types of tables without a schema from all values', async () => {
    const inventory = await table('Inventory');
    expect(Object.fromEntries(inventory.columns.map((c) => [c.name, c.type]))).toEqual({
      Host: 'string',
      Cores: 'long',
      Load: 'real',
      Managed: 'bool',
      Seen: 'datetime',
      Tags: 'dynamic',
      Mixed: 'string',
    });
    expect(inventory.columnValues('Mixed')).toEqual(['1', 'two', '']);
    expect(inventory.value(1, 'Seen')).toBe(Date.parse('2024-10-18T09:30:00Z'));
  });
});

describe('JSON documents', () => {
  it('reads a Log Analytics response with its declared types (timespan, dynamic text, ticks)', async () => {
    const api = await table('Api');
    expect(api.columns.map((c) => c.type)).toEqual(['datetime', 'timespan', 'dynamic', 'long', 'bool']);
    expect(api.value(0, 'TimeGenerated')).toBeCloseTo(Date.parse('2024-10-18T09:29:21.123Z') + 0.4567, 6);
    expect(api.columnValues('Duration')).toEqual([3_723_500, 86_400_000]);
    expect(api.value(0, 'Props')).toEqual({ a: 1 });
    expect(api.columnValues('Ok')).toEqual([true, null]);
  });

  it('reads an array of rows and fills Defender Timestamp from TimeGenerated', async () => {
    const logons = await table('DeviceLogonEvents');
    expect(logons.value(0, 'Timestamp')).toBe(Date.parse('2024-10-18T09:29:21Z'));
    expect(logons.value(0, 'RemotePort')).toBe(3389);
    expect(logons.value(0, 'IsLocalAdmin')).toBe(false);
  });
});

describe('CSV', () => {
  it('reads TRUE/FALSE, empty cells, quoted newlines, [UTC] datetimes and serial-date columns', async () => {
    const portal = await table('Portal');
    expect(Object.fromEntries(portal.columns.map((c) => [c.name, c.type]))).toEqual({
      Name: 'string',
      Flag: 'bool',
      Count: 'long',
      Ratio: 'real',
      When: 'datetime',
      Details: 'dynamic',
      Note: 'string',
      'Serial Time': 'datetime',
    });
    expect(portal.columnValues('Flag')).toEqual([true, false]);
    expect(portal.columnValues('Count')).toEqual([3, null]);
    expect(portal.columnValues('When')).toEqual([
      Date.parse('2024-10-18T09:29:21.125Z'),
      Date.parse('2024-10-18T12:00:00Z'),
    ]);
    expect(portal.columnValues('Details')).toEqual([{ k: 'v' }, null]);
    expect(portal.columnValues('Note')).toEqual(['', 'two\nlines']);
    expect(portal.columnValues('Serial Time')).toEqual([
      Date.parse('2025-05-27T12:00:00Z'),
      Date.parse('2025-05-28T00:00:00Z'),
    ]);
  });
});

describe('encodings', () => {
  it('reads a UTF-16 CSV as written by Windows PowerShell', async () => {
    const exported = await table('PowerShell');
    expect(exported.columns).toEqual([
      { name: 'Name', type: 'string' },
      { name: 'Count', type: 'long' },
    ]);
    expect(exported.columnValues('Name')).toEqual(['älpha']);
  });
});

describe('loadTablesFromDirectory', () => {
  it('returns row-oriented tables and reports warnings through onWarning', async () => {
    const dir = await dirWith({ 'SigninLogs.csv': 'samples/SigninLogs__training-lab_sign-in_adelete.csv' });
    const warnings: LoadWarning[] = [];
    const [signins] = await loadTablesFromDirectory(dir, { onWarning: (w) => warnings.push(w) });
    expect(signins.name).toBe('SigninLogs');
    expect(signins.rows).toHaveLength(56);
    const ip = signins.columns.findIndex((c) => c.name === 'IPAddress');
    expect(signins.rows[0][ip]).toBe('175.45.176.99');
    expect(warnings).toContainEqual({
      file: 'SigninLogs.csv',
      message: 'no TimeGenerated column; using CreatedDateTime',
    });
  });

  it('warns about an empty directory instead of failing', async () => {
    const warnings: LoadWarning[] = [];
    expect(await loadTablesFromDirectory(await dirWith({}), { onWarning: (w) => warnings.push(w) })).toEqual([]);
    expect(warnings[0].message).toMatch(/no \.jsonl, \.json or \.csv files/);
  });
});
