import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseColumnSpec, schemaFor, TABLE_SCHEMAS, toKustoSchemaString } from '../../../src/kql/schemas/index.ts';

/** The subset schemas of the KQL engine notes' Appendix A, against which the seeds were analysed (copied into fixtures). */
function appendixA(): Map<string, string> {
  const block = readFileSync(new URL('../../fixtures/kql/schemas/appendix-a-subsets.txt', import.meta.url), 'utf8');
  return new Map(
    block
      .trim()
      .split('\n')
      .filter((line) => !line.startsWith('#'))
      .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]),
  );
}

describe('TABLE_SCHEMAS', () => {
  it('declares the eight hunted tables and the documented catalogue, with unique column names', () => {
    const hunted = [
      'AADNonInteractiveUserSignInLogs',
      'AuditLogs',
      'DeviceLogonEvents',
      'IdentityLogonEvents',
      'SecurityEvent',
      'SigninLogs',
      'Syslog',
      'WindowsEvent',
    ];
    expect(Object.keys(TABLE_SCHEMAS)).toEqual(expect.arrayContaining(hunted));
    expect(Object.keys(TABLE_SCHEMAS).length).toBeGreaterThan(650);
    for (const columns of Object.values(TABLE_SCHEMAS))
      expect(new Set(columns.map((c) => c.name)).size).toBe(columns.length);
    expect(TABLE_SCHEMAS.SecurityEvent.length).toBeGreaterThan(200);
  });

  it('contains every Appendix A column with the same type, except where the official reference differs', () => {
    // The reference documents IdentityLogonEvents Port/DestinationPort as string (Appendix A guessed int)
    // and has no WindowsEvent.Data column (no corpus query uses one).
    const documentedDifferences = new Set([
      'IdentityLogonEvents.Port',
      'IdentityLogonEvents.DestinationPort',
      'WindowsEvent.Data',
    ]);
    for (const [table, spec] of appendixA()) {
      const full = new Map(schemaFor(table)?.map((c) => [c.name, c.type]));
      for (const column of parseColumnSpec(spec.slice(1, -1))) {
        if (documentedDifferences.has(`${table}.${column.name}`)) continue;
        expect(`${table}.${column.name}:${full.get(column.name)}`).toBe(`${table}.${column.name}:${column.type}`);
      }
    }
  });

  it('keeps the real type difference between interactive and non-interactive sign-ins', () => {
    const typeIn = (table: string, column: string) => schemaFor(table)?.find((c) => c.name === column)?.type;
    for (const column of ['LocationDetails', 'DeviceDetail', 'Status']) {
      expect(typeIn('SigninLogs', column)).toBe('dynamic');
      expect(typeIn('AADNonInteractiveUserSignInLogs', column)).toBe('string');
    }
  });

  it('has no schema for unknown tables or prototype names', () => {
    expect(schemaFor('NoSuchTable')).toBeUndefined();
    expect(schemaFor('toString')).toBeUndefined();
  });
});

describe('toKustoSchemaString', () => {
  it('renders (Col:type, …) and bracket-quotes names that are not identifiers', () => {
    expect(
      toKustoSchemaString([
        { name: 'TimeGenerated', type: 'datetime' },
        { name: "Bob's col", type: 'string' },
      ]),
    ).toBe("(TimeGenerated:datetime, ['Bob\\'s col']:string)");
    expect(toKustoSchemaString(TABLE_SCHEMAS.Syslog)).toMatch(
      /^\(TenantId:string, SourceSystem:string, TimeGenerated:datetime, /,
    );
  });

  it('round-trips through parseColumnSpec', () => {
    const text = toKustoSchemaString(TABLE_SCHEMAS.SigninLogs);
    expect(parseColumnSpec(text.slice(1, -1))).toEqual(TABLE_SCHEMAS.SigninLogs);
  });

  it('rejects unknown types in a spec', () => {
    expect(() => parseColumnSpec('A:text')).toThrow(/Bad column spec entry "A:text"/);
  });
});
