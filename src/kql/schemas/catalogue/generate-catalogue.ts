/**
 * Regenerates catalogue.json from Microsoft's table reference pages. Not imported at runtime:
 *
 *   npx tsx src/kql/schemas/catalogue/generate-catalogue.ts \
 *     'MicrosoftDocs/azure-reference-other@<commit>:azure-monitor-ref/tables/includes=<dir>' \
 *     'MicrosoftDocs/azure-reference-other@<commit>:azure-monitor-ref/tables=<dir>' \
 *     'MicrosoftDocs/defender-docs (…):defender-xdr=src/kql/schemas/catalogue/defender-xdr-columns' \
 *     'Azure/Azure-Sentinel (…):.script/tests/KqlvalidationsTests/CustomTables=src/kql/schemas/catalogue/sentinel-custom-tables'
 *   npx biome format --write src/kql/schemas/catalogue/catalogue.json
 *
 * Each argument is `<label>=<directory>`; the label is recorded as the source. A table documented by
 * several pages takes its columns from the first argument that documents it and adds the columns only
 * later ones list. The pages are CC-BY-4.0 (MicrosoftDocs), which the data notes.
 * The Defender XDR pages are kept in defender-xdr-columns/ (see its README); the Azure Monitor pages are
 * read from a checkout of azure-reference-other at the commit the catalogue names.
 *
 * A directory's .json files are Microsoft's validation schemas of published Sentinel queries (copies in
 * sentinel-custom-tables/, see its README). The pages of 2025 miss columns added since (the non-interactive
 * sign-ins' IncomingTokenType, SessionId, …), which every published query may read: a validation file of a
 * table the pages document adds the columns it lists and they lack, so its argument comes after the pages'.
 * A table only a validation file declares is left to generate-sentinel-catalogue.ts.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { KqlColumn } from '../../types.ts';
import { STANDARD_COLUMNS } from '../standard-columns.ts';
import { readAdvancedHuntingTableList, readReferencePage } from './read-reference-page.ts';
import { readValidationSchema } from './read-validation-schema.ts';

/**
 * Advanced hunting calls the event time `Timestamp`; the same tables streamed into Sentinel call it
 * `TimeGenerated` (and the Azure Monitor pages of those copies omit `Timestamp`). Both are declared
 * so queries written for either portal bind; the loader fills whichever one a file lacks.
 */
const EVENT_TIME_COLUMNS: readonly KqlColumn[] = [
  { name: 'Timestamp', type: 'datetime' },
  { name: 'TimeGenerated', type: 'datetime' },
];

/**
 * Columns a table's page leaves out of its Columns table that Microsoft's own material shows it has.
 *
 * AzureDiagnostics: AdditionalFields, the property bag its "AdditionalFields column" section describes, and the
 * other columns without a type suffix that Microsoft's validation of published Sentinel queries declares for the
 * table (Azure/Azure-Sentinel .script/tests/KqlvalidationsTests/CustomTables/AzureDiagnostics.json, commit
 * 2511bc75). Its suffixed, resource-specific columns are left to the open-columns rule (../open-columns.ts).
 *
 * Event: MG, the management group id the Log Analytics agent writes beside ManagementGroupName (which event.md
 * lists). Neither event.md nor the validation schema (CustomTables/Event.json) lists it, but Microsoft's published
 * Sentinel detections pivot Sysmon's Event rows on it (Azure/Azure-Sentinel
 * Detections/SecurityEvent/ADFSDBNamedPipeConnection.yaml and 13 more: `evaluate pivot(Key, any(Value), …, MG,
 * ManagementGroupName, _ResourceId)`).
 */
const UNLISTED_COLUMNS: Readonly<Record<string, readonly KqlColumn[]>> = {
  AzureDiagnostics: [
    { name: 'AdditionalFields', type: 'dynamic' },
    { name: 'ResourceId', type: 'string' },
    { name: 'SubscriptionId', type: 'string' },
    { name: 'SourceSystem', type: 'string' },
    { name: 'MG', type: 'string' },
    { name: 'ManagementGroupName', type: 'string' },
    { name: 'Computer', type: 'string' },
    { name: 'timeSlice', type: 'string' },
  ],
  Event: [{ name: 'MG', type: 'string' }],
};

function main(args: readonly string[]): void {
  if (args.length === 0)
    throw new Error('usage: generate-catalogue.ts <label>=<directory of .md pages or .json schemas> ...');
  const tables = new Map<string, KqlColumn[]>();
  const advancedHunting = new Set<string>();
  const logAnalytics = new Set<string>();
  for (const arg of args) {
    const dir = arg.slice(arg.lastIndexOf('=') + 1);
    addValidatedColumns(tables, dir);
    for (const file of readdirSync(dir)
      .filter((name) => name.endsWith('.md'))
      .sort()) {
      const markdown = readFileSync(join(dir, file), 'utf8');
      for (const name of readAdvancedHuntingTableList(markdown)) advancedHunting.add(name);
      const page = readReferencePage(markdown);
      if (!page) continue;
      if (!namesItsTable(file, page.table)) {
        console.warn(`${file}: documents ${page.table} but is named after another table; left out`);
        continue;
      }
      for (const skipped of page.unknownTypes)
        console.warn(`${file}: ${page.table}.${skipped} has no KQL type; left out`);
      addColumns(tables, page.table, page.columns);
      // Azure Monitor's pages are <table>.md or <table>-include.md; Defender's are advanced-hunting-<table>-table.md.
      if (!file.startsWith('advanced-hunting-')) logAnalytics.add(page.table);
    }
  }
  for (const name of logAnalytics) addColumns(tables, name, STANDARD_COLUMNS);
  for (const [name, columns] of Object.entries(UNLISTED_COLUMNS))
    if (tables.has(name)) addColumns(tables, name, columns);
  for (const name of advancedHunting) if (tables.has(name)) addColumns(tables, name, EVENT_TIME_COLUMNS);
  const sorted = [...tables].sort(([a], [b]) => (a < b ? -1 : 1));
  const catalogue = {
    about:
      'Table schemas generated by generate-catalogue.ts from the sources below; do not edit by hand. ' +
      'Source pages: Microsoft Learn documentation, CC-BY-4.0 (https://creativecommons.org/licenses/by/4.0/).',
    sources: args.map((arg) => arg.slice(0, arg.lastIndexOf('='))),
    advancedHuntingTables: [...advancedHunting].filter((name) => tables.has(name)).sort(),
    logAnalyticsTables: [...logAnalytics].sort(),
    tables: Object.fromEntries(
      sorted.map(([name, columns]) => [name, columns.map((c) => `${c.name}:${c.type}`).join(', ')]),
    ),
  };
  const out = new URL('./catalogue.json', import.meta.url);
  writeFileSync(out, `${JSON.stringify(catalogue, null, 2)}\n`);
  console.log(`${sorted.length} tables, ${sorted.reduce((n, [, c]) => n + c.length, 0)} columns → ${out.pathname}`);
}

/**
 * A page file is named after its table (`heartbeat-include.md`, `advanced-hunting-deviceinfo-table.md`).
 * One include page carries another table's name in its front matter (azurediagnostics-include.md says
 * AzureDevOpsAuditing); trusting it would merge two tables' columns.
 */
function namesItsTable(file: string, table: string): boolean {
  const stem = file
    .toLowerCase()
    .replace(/\.md$/, '')
    .replace(/-include$/, '');
  return stem === table.toLowerCase() || stem === `advanced-hunting-${table.toLowerCase()}-table`;
}

/**
 * Adds to each documented table the columns its validation file in `dir` lists and its pages lack, keeping the
 * pages' types. Names starting with `_` are the workspace's standard columns (log-standard-columns.md), which
 * the generator and standard-columns.ts already give every Log Analytics table (the hidden `_ItemId` binding
 * only in a query that names it); a file's copy of them is not taken.
 */
function addValidatedColumns(tables: Map<string, KqlColumn[]>, dir: string): void {
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    const schema = readValidationSchema(new URL(file, pathToFileURL(join(dir, '/'))));
    if (!schema || !tables.has(schema.name)) continue;
    for (const skipped of schema.unknownTypes)
      console.warn(`${file}: ${schema.name}.${skipped} is no KQL type; left out`);
    addColumns(
      tables,
      schema.name,
      schema.columns.filter((column) => !column.name.startsWith('_')),
    );
  }
}

function addColumns(tables: Map<string, KqlColumn[]>, table: string, columns: readonly KqlColumn[]): void {
  const known = tables.get(table) ?? [];
  const names = new Set(known.map((c) => c.name));
  tables.set(table, [...known, ...columns.filter((c) => !names.has(c.name))]);
}

main(process.argv.slice(2));
