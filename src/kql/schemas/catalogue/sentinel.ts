import { readFileSync } from 'node:fs';
import type { KqlColumn } from '../../types.ts';
import { parseColumnSpec } from '../column-spec.ts';

/** sentinel-catalogue.json as generate-sentinel-catalogue.ts writes it. */
interface SentinelCatalogueFile {
  readonly tables: Readonly<Record<string, string>>;
  readonly asimSchemas: Readonly<Record<string, { readonly columns: string; readonly parameters: readonly string[] }>>;
  readonly asimParsers: Readonly<Record<string, { readonly schema: string; readonly filtering: boolean }>>;
}

/** An ASIM parser function: the schema it returns and the parameters it takes (all optional). */
export interface AsimParser {
  readonly name: string;
  readonly schema: string;
  readonly columns: readonly KqlColumn[];
  /** Kusto parameter declarations with their defaults, `starttime:datetime=datetime(null)`. */
  readonly parameters: readonly string[];
}

let file: SentinelCatalogueFile | undefined;
const parsedTables = new Map<string, readonly KqlColumn[]>();
const parsedSchemas = new Map<string, readonly KqlColumn[]>();

/**
 * Read on first use, not at start-up: most queries read only documented tables, and a query naming an
 * unknown table pays the read once.
 */
function catalogue(): SentinelCatalogueFile {
  file ??= JSON.parse(
    readFileSync(new URL('./sentinel-catalogue.json', import.meta.url), 'utf8'),
  ) as SentinelCatalogueFile;
  return file;
}

function parsedOnce(cache: Map<string, readonly KqlColumn[]>, name: string, spec: string): readonly KqlColumn[] {
  let columns = cache.get(name);
  if (!columns) {
    columns = parseColumnSpec(spec);
    cache.set(name, columns);
  }
  return columns;
}

/** Names of the Sentinel solution tables and parser functions (CiscoDuo, SQLEvent, …) the catalogue has. */
export function sentinelTableNames(): readonly string[] {
  return Object.keys(catalogue().tables);
}

/** The columns of a Sentinel solution table or parser function, as Microsoft's query validation declares them. */
export function sentinelTableSchema(name: string): readonly KqlColumn[] | undefined {
  const { tables } = catalogue();
  return Object.hasOwn(tables, name) ? parsedOnce(parsedTables, name, tables[name]) : undefined;
}

/** Names of the ASIM parser functions (imDns, _Im_Dns, ASimDns, _ASim_Dns, …). */
export function asimParserNames(): readonly string[] {
  return Object.keys(catalogue().asimParsers);
}

/** The ASIM parser called `name`; undefined for any other name (source-specific vim* parsers included). */
export function asimParser(name: string): AsimParser | undefined {
  const { asimParsers, asimSchemas } = catalogue();
  if (!Object.hasOwn(asimParsers, name)) return undefined;
  const { schema, filtering } = asimParsers[name];
  return {
    name,
    schema,
    columns: parsedOnce(parsedSchemas, schema, asimSchemas[schema].columns),
    parameters: filtering ? asimSchemas[schema].parameters : [],
  };
}
