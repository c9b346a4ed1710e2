/**
 * Regenerates sentinel-catalogue.json from the schemas Microsoft validates every published Sentinel query
 * against (Azure/Azure-Sentinel `.script/tests/KqlvalidationsTests/CustomTables/<Name>.json`, MIT), copied into
 * sentinel-custom-tables/ with sources.json naming the commit of each, from asim-parsers.json there (the ASIM
 * unifying parsers' names and parameters) and from parser-outputs.json there (the output columns of solution
 * parsers that have no validation file). Not imported at runtime:
 *
 *   npx tsx src/kql/schemas/catalogue/generate-sentinel-catalogue.ts
 *   npx biome format --write src/kql/schemas/catalogue/sentinel-catalogue.json
 *
 * To catalogue another solution table, copy its CustomTables file into sentinel-custom-tables/, add its commit to
 * sources.json and run the script. An ASIM schema's columns are those of its ASim*Logs table in catalogue.json
 * followed by the aliases its validation file adds (User, Dvc, Process, …).
 *
 * To catalogue a parser that has no validation file, save its Azure-Sentinel `Parsers/<Name>.yaml` OUTSIDE the
 * repository and pass it with where it was read from; its query is compiled with this engine over the catalogue
 * and only the columns it returns are recorded in parser-outputs.json (the parser's code is not kept):
 *
 *   npx tsx src/kql/schemas/catalogue/generate-sentinel-catalogue.ts --parser /tmp/X.yaml \
 *     --path 'Solutions/…/Parsers/X.yaml' --commit <40 hex digits>
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { KqlColumn } from '../../types.ts';
import { parseColumnSpec } from '../column-spec.ts';
import { deriveParserOutput } from './derive-parser-output.ts';
import { readValidationSchema, type ValidationSchema } from './read-validation-schema.ts';

interface AsimSchemaSource {
  readonly parserFile: string;
  /** The ASim*Logs table of catalogue.json with the schema's columns; absent when Azure Monitor does not document it. */
  readonly nativeTable?: string;
  readonly columnFiles: readonly string[];
  readonly filtering: readonly string[];
  readonly noFiltering: readonly string[];
  readonly parameters: readonly string[];
}

/** One parser's output columns as the engine compiled them and the file they came from. */
interface ParserOutput {
  readonly path: string;
  readonly commit: string;
  readonly columns: string;
  /** What the derivation set aside, in words (datatable values that do not fit their declared column). */
  readonly note?: string;
}

/** parser-outputs.json: each parser's output columns as the engine compiled them, and the file they came from. */
interface ParserOutputsFile {
  readonly about: string;
  readonly repository: string;
  readonly parsers: Record<string, ParserOutput>;
}

const DIR = new URL('./sentinel-custom-tables/', import.meta.url);
const PARSER_OUTPUTS = new URL('parser-outputs.json', DIR);
/** The files of DIR that are not copied validation schemas. */
const NOT_SCHEMAS = new Set(['sources.json', 'asim-parsers.json', 'parser-outputs.json']);

function readJson<T>(url: URL): T {
  return JSON.parse(readFileSync(url, 'utf8')) as T;
}

/** The copied file `file` of DIR, read as a validation schema; an error for a file that lists no columns. */
function schemaOf(file: string): ValidationSchema {
  const schema = readValidationSchema(new URL(file, DIR));
  if (!schema) throw new Error(`${file} lists no columns (no Properties)`);
  for (const skipped of schema.unknownTypes) console.warn(`${file}: ${skipped} is no KQL type; left out`);
  return schema;
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
    .filter((file) => file.endsWith('.json') && !NOT_SCHEMAS.has(file))
    .map((file) => file.slice(0, -'.json'.length))
    .sort();
  for (const name of names) if (!sources.commits[name]) throw new Error(`sources.json names no commit for ${name}`);

  // A validation file of a table the pages document adds its columns to catalogue.json (generate-catalogue.ts).
  const validated = names
    .filter((name) => !parserNames.has(name))
    .map((name) => schemaOf(`${name}.json`))
    .filter((schema) => !Object.hasOwn(documented, schema.name))
    .map((schema) => [schema.name, spec(schema.columns)] as const);
  const derived = readJson<ParserOutputsFile>(PARSER_OUTPUTS).parsers;
  // A validation file, where Microsoft publishes one, is the authority over a compiled parser's output.
  for (const name of Object.keys(derived))
    if (validated.some(([table]) => table === name))
      throw new Error(`${name} has a validation file; drop it from parser-outputs.json`);
  const tables = Object.fromEntries([
    ...validated,
    ...Object.entries(derived).map(([name, parser]) => [name, parser.columns] as const),
  ]);
  const schemas = Object.fromEntries(
    Object.entries(asim).map(([schema, source]) => {
      const columns = [...parseColumnSpec(source.nativeTable ? documented[source.nativeTable] : '')];
      for (const file of source.columnFiles)
        for (const column of schemaOf(`${file}.json`).columns)
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
      parserOutputs: Object.fromEntries(
        Object.entries(derived).map(([name, parser]) => [name, `${parser.path}@${parser.commit}`]),
      ),
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

/** Compiles one parser file and records its output columns in parser-outputs.json; false when it cannot. */
function recordParserOutput(file: string, path: string, commit: string): boolean {
  if (!/^[0-9a-f]{40}$/.test(commit)) throw new Error(`--commit must be 40 hex digits, got ${commit}`);
  const derived = deriveParserOutput(readFileSync(file, 'utf8'));
  if (!derived.ok) {
    console.error(`${derived.name} (${path}) does not compile on the local engine; not catalogued:`);
    for (const error of derived.errors.slice(0, 5)) console.error(`  ${error}`);
    if (derived.errors.length > 5) console.error(`  … and ${derived.errors.length - 5} more`);
    return false;
  }
  const outputs = readJson<ParserOutputsFile>(PARSER_OUTPUTS);
  outputs.parsers[derived.name] = {
    path,
    commit,
    columns: spec(derived.columns),
    ...(derived.unfitDatatableValues > 0 && {
      note:
        `${derived.unfitDatatableValues} datatable values do not fit their declared column type; ` +
        'the datatable is typed by its declared columns',
    }),
  };
  const parsers = Object.fromEntries(Object.entries(outputs.parsers).sort(([a], [b]) => (a < b ? -1 : 1)));
  writeFileSync(PARSER_OUTPUTS, `${JSON.stringify({ ...outputs, parsers }, null, 2)}\n`);
  console.log(`${derived.name}: ${derived.columns.length} columns from ${path}@${commit}`);
  return true;
}

const { values: args } = parseArgs({
  options: { parser: { type: 'string' }, path: { type: 'string' }, commit: { type: 'string' } },
});
if (args.parser) {
  if (!args.path || !args.commit) throw new Error('--parser needs --path and --commit (where the file was read from)');
  if (!recordParserOutput(args.parser, args.path, args.commit)) process.exitCode = 1;
}
main();
