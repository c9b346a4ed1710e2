/**
 * Regenerates sentinel-catalogue.json from the schemas Microsoft validates every published Sentinel query
 * against (Azure/Azure-Sentinel `.script/tests/KqlvalidationsTests/CustomTables/<Name>.json`, MIT), copied into
 * sentinel-custom-tables/ with sources.json naming the commit of each, and from asim-parsers.json there (the ASIM
 * unifying parsers' names and parameters). Not imported at runtime:
 *
 *   npx tsx src/kql/schemas/catalogue/generate-sentinel-catalogue.ts
 *   npx biome format --write src/kql/schemas/catalogue/sentinel-catalogue.json
 *
 * To catalogue another solution table, copy its CustomTables file into sentinel-custom-tables/, add its commit to
 * sources.json and run the script. An ASIM schema's columns are those of its ASim*Logs table in catalogue.json
 * followed by the aliases its validation file adds (User, Dvc, Process, …).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isKqlType, type KqlColumn, type KqlType } from '../../types.ts';
import { parseColumnSpec } from '../column-spec.ts';

/** A CustomTables file: `Name` (a few files spell it `name`) and its columns with .NET or KQL type names. */
interface CustomTableFile {
  readonly Name?: string;
  readonly name?: string;
  readonly Properties: readonly { readonly Name: string; readonly Type: string }[];
}

interface AsimSchemaSource {
  readonly parserFile: string;
  /** The ASim*Logs table of catalogue.json with the schema's columns; absent when Azure Monitor does not document it. */
  readonly nativeTable?: string;
  readonly columnFiles: readonly string[];
  readonly filtering: readonly string[];
  readonly noFiltering: readonly string[];
  readonly parameters: readonly string[];
}

/** The type names the files use besides KQL's own: .NET names (`Int32`, `SByte` is Kusto's bool, `Object`). */
const DOTNET_TYPES: Readonly<Record<string, KqlType>> = {
  boolean: 'bool',
  sbyte: 'bool',
  int32: 'int',
  int16: 'int',
  integer: 'int',
  int64: 'long',
  double: 'real',
  single: 'real',
  object: 'dynamic',
  guid: 'guid',
  uniqueidentifier: 'guid',
};

const DIR = new URL('./sentinel-custom-tables/', import.meta.url);

function readJson<T>(url: URL): T {
  return JSON.parse(readFileSync(url, 'utf8')) as T;
}

function kqlTypeOf(text: string): KqlType | undefined {
  const lower = text.trim().toLowerCase();
  return isKqlType(lower) ? lower : DOTNET_TYPES[lower];
}

/** The columns of a copied file: the first of a repeated name wins; a type with no KQL meaning is left out. */
function columnsOf(file: string): KqlColumn[] {
  const table = readJson<CustomTableFile>(new URL(file, DIR));
  const columns: KqlColumn[] = [];
  for (const { Name, Type } of table.Properties) {
    const type = kqlTypeOf(Type);
    if (!type) console.warn(`${file}: ${Name} has type ${Type}, which is no KQL type; left out`);
    else if (!columns.some((column) => column.name === Name)) columns.push({ name: Name, type });
  }
  return columns;
}

const spec = (columns: readonly KqlColumn[]) => columns.map((c) => `${c.name}:${c.type}`).join(', ');

function main(): void {
  const sources = readJson<{ repository: string; path: string; license: string; commits: Record<string, string> }>(
    new URL('sources.json', DIR),
  );
  const asim = readJson<{ schemas: Record<string, AsimSchemaSource> }>(new URL('asim-parsers.json', DIR)).schemas;
  const documented = readJson<{ tables: Record<string, string> }>(new URL('./catalogue.json', import.meta.url)).tables;
  // A validation file named after a parser (ASimDns, imProcessCreate) is that parser's output, not a table;
  // one named after a table (ASimAlertEventLogs) is both.
  const parserNames = new Set(Object.values(asim).flatMap((schema) => [...schema.filtering, ...schema.noFiltering]));
  const names = readdirSync(DIR)
    .filter((file) => file.endsWith('.json') && file !== 'sources.json' && file !== 'asim-parsers.json')
    .map((file) => file.slice(0, -'.json'.length))
    .sort();
  for (const name of names) if (!sources.commits[name]) throw new Error(`sources.json names no commit for ${name}`);

  const tables = Object.fromEntries(
    names.filter((name) => !parserNames.has(name)).map((name) => [name, spec(columnsOf(`${name}.json`))]),
  );
  const schemas = Object.fromEntries(
    Object.entries(asim).map(([schema, source]) => {
      const columns = [...parseColumnSpec(source.nativeTable ? documented[source.nativeTable] : '')];
      for (const file of source.columnFiles)
        for (const column of columnsOf(`${file}.json`))
          if (!columns.some((c) => c.name === column.name)) columns.push(column);
      return [schema, { columns: spec(columns), parameters: source.parameters }];
    }),
  );
  const parsers = Object.fromEntries(
    Object.entries(asim)
      .flatMap(([schema, source]) => [
        ...source.filtering.map((name) => [name, { schema, filtering: true }] as const),
        ...source.noFiltering.map((name) => [name, { schema, filtering: false }] as const),
      ])
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
  const catalogue = {
    about:
      'Sentinel solution tables and ASIM parser outputs, generated by generate-sentinel-catalogue.ts from the files in ' +
      'sentinel-custom-tables/; do not edit by hand.',
    source: {
      repository: sources.repository,
      path: sources.path,
      license: sources.license,
      commits: Object.fromEntries(names.map((name) => [name, sources.commits[name]])),
      asimParsers: Object.fromEntries(Object.entries(asim).map(([schema, source]) => [schema, source.parserFile])),
    },
    tables,
    asimSchemas: schemas,
    asimParsers: parsers,
  };
  const out = new URL('./sentinel-catalogue.json', import.meta.url);
  writeFileSync(out, `${JSON.stringify(catalogue, null, 2)}\n`);
  console.log(`${Object.keys(tables).length} tables, ${Object.keys(schemas).length} ASIM schemas → ${out.pathname}`);
}

main();
