import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintQuery } from '../../../src/hunts/index.ts';
import { catalogueTableNames, KqlDatabase, schemaFor } from '../../../src/kql/index.ts';
import { readAdvancedHuntingTableList } from '../../../src/kql/schemas/catalogue/read-reference-page.ts';
import { run } from '../support/builders.ts';

// Issue #15: huntops lint gives no false unknown-table errors on Defender XDR tables. The list is the copy of
// MicrosoftDocs/defender-docs defender-xdr/advanced-hunting-schema-tables.md kept beside the catalogue's pages.
const SCHEMA_TABLES_PAGE = new URL(
  '../../../src/kql/schemas/catalogue/defender-xdr-columns/advanced-hunting-schema-tables.md',
  import.meta.url,
);
const advancedHuntingTables = readAdvancedHuntingTableList(readFileSync(SCHEMA_TABLES_PAGE, 'utf8'));

describe('the advanced hunting schema tables (advanced-hunting-schema-tables.md)', () => {
  it('lists the tables the page lists, those added in 2026 among them', () => {
    expect(advancedHuntingTables).toHaveLength(66);
    expect(advancedHuntingTables).toEqual(
      expect.arrayContaining(['AgentsInfo', 'CallActivityEvents', 'CloudDnsEvents', 'MessageContents']),
    );
  });

  it.each(advancedHuntingTables)('the engine answers %s without data with no rows and its columns', async (table) => {
    const result = await run(KqlDatabase.empty(), `${table} | take 1`);
    expect(result.rows).toEqual([]);
    expect(result.columns).toContain('Timestamp:datetime');
  });

  it.each(advancedHuntingTables)('huntops lint knows %s', (table) => {
    expect(lintQuery(`${table} | where Timestamp > ago(1d) | take 1`).filter((d) => d.severity === 'Error')).toEqual(
      [],
    );
  });

  it('AIAgentsInfo, also a Sentinel solution table, is catalogued once, with its Defender page columns', () => {
    expect(catalogueTableNames().filter((name) => name === 'AIAgentsInfo')).toHaveLength(1);
    expect(schemaFor('AIAgentsInfo')?.find((c) => c.name === 'KnowledgeDetails')?.type).toBe('string');
  });

  it('reads the columns a page types enum as text (DataSecurityEvents.IrmActionCategory)', () => {
    expect(schemaFor('DataSecurityEvents')?.find((c) => c.name === 'IrmActionCategory')?.type).toBe('string');
    expect(schemaFor('DataSecurityBehaviors')?.find((c) => c.name === 'ActionCategory')?.type).toBe('string');
  });
});
