import { readFileSync } from 'node:fs';
import { isKqlType, type KqlColumn, type KqlType } from '../../types.ts';

/**
 * A copied validation schema (Azure/Azure-Sentinel `.script/tests/KqlvalidationsTests/CustomTables/<Name>.json`,
 * see sentinel-custom-tables/README.md): `Name` (a few files spell it `name`) and its columns with .NET or KQL
 * type names.
 */
interface ValidationSchemaFile {
  readonly Name?: string;
  readonly name?: string;
  readonly Properties?: readonly { readonly Name: string; readonly Type: string }[];
}

/** What one validation file declares: the table or parser it is named for and the columns it gives it. */
export interface ValidationSchema {
  readonly name: string;
  readonly columns: readonly KqlColumn[];
  /** Columns whose type has no KQL meaning, with that type (kept out of `columns`, reported by the generators). */
  readonly unknownTypes: readonly string[];
}

/**
 * The type names the files use besides KQL's own: .NET names (`Int32`, `SByte` is Kusto's bool, `Object`) and
 * SQL-like ones (CommonSecurityLog.json types its byte counters `BigInt` and its custom floating-point fields
 * `Float`, which Kusto stores as long and real), and the portal's display name `Date/time` (darktrace_model_alerts_CL
 * types its `_t` column so; `_t` is Log Analytics' suffix for a datetime custom field).
 */
const DOTNET_TYPES: Readonly<Record<string, KqlType>> = {
  boolean: 'bool',
  sbyte: 'bool',
  int32: 'int',
  int16: 'int',
  integer: 'int',
  int64: 'long',
  bigint: 'long',
  double: 'real',
  single: 'real',
  float: 'real',
  object: 'dynamic',
  guid: 'guid',
  uniqueidentifier: 'guid',
  'date/time': 'datetime',
};

function kqlTypeOf(text: string): KqlType | undefined {
  const lower = text.trim().toLowerCase();
  return isKqlType(lower) ? lower : DOTNET_TYPES[lower];
}

/**
 * Reads a copied validation file: its declared name (the file's name when it declares none) and its columns, the
 * first of a repeated name winning. Undefined for a JSON file that lists no columns (sources.json and the other
 * files kept beside the copies).
 */
export function readValidationSchema(file: URL): ValidationSchema | undefined {
  const schema = JSON.parse(readFileSync(file, 'utf8')) as ValidationSchemaFile;
  if (!Array.isArray(schema.Properties)) return undefined;
  const fileName = file.pathname.slice(file.pathname.lastIndexOf('/') + 1, -'.json'.length);
  const columns: KqlColumn[] = [];
  const unknownTypes: string[] = [];
  for (const { Name, Type } of schema.Properties) {
    // A few files pad a name with a space (SailPointIDN_Events_CL's "actor_name_g "): the column is the name.
    const name = Name.trim();
    const type = kqlTypeOf(Type);
    if (!type) unknownTypes.push(`${name} (${Type})`);
    else if (!columns.some((column) => column.name === name)) columns.push({ name, type });
  }
  return { name: schema.Name ?? schema.name ?? fileName, columns, unknownTypes };
}
