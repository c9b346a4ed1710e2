import { isKqlType, type KqlColumn, type KqlType } from '../../types.ts';

/** What one documentation page says about a table. */
export interface ReferencePage {
  readonly table: string;
  readonly columns: readonly KqlColumn[];
  /** Column rows whose type is not a KQL type (kept out of `columns`, reported by the generator). */
  readonly unknownTypes: readonly string[];
}

/**
 * Type spellings the pages use besides the KQL names (Defender pages write `boolean`, `integer` and, for list
 * columns, `array` (DisruptionAndResponseEvents) or `object` (CloudStorageAggregatedEvents, DataSecurityEvents);
 * AzureDiagnostics writes `BigInt`). Kusto has no enumeration type: a column the Defender pages type `enum`
 * (DataSecurityBehaviors.ActionCategory, DataSecurityEvents.IrmActionCategory) holds one of a set of names, which
 * a Kusto table can only store as text.
 */
const TYPE_ALIASES: Readonly<Record<string, KqlType>> = {
  boolean: 'bool',
  integer: 'int',
  array: 'dynamic',
  object: 'dynamic',
  double: 'real',
  date: 'datetime',
  bigint: 'long',
  enum: 'string',
};

/** `| Name | type | …` or `` | `Name` | `type` | … ``: a column row of a table reference page. */
const COLUMN_ROW = /^\|\s*`?([A-Za-z_][A-Za-z0-9_]*)`?\s*\|\s*`?([A-Za-z]+)`?\s*\|/;
/** The header row that starts a page's column table (Azure Monitor: `Column`; Defender: `Column name`). */
const COLUMN_HEADER = /^\|\s*Column( name)?\s*\|\s*(Data type|Type)\s*\|/i;

/**
 * Reads a table reference page: an Azure Monitor `<table>-include.md` (the table named in its
 * `ms.custom` front matter) or a Defender XDR `advanced-hunting-<table>-table.md` (named by its
 * `# Title`, without a trailing "(Preview)"). Undefined when the page has no column table.
 */
export function readReferencePage(markdown: string): ReferencePage | undefined {
  const lines = markdown.split(/\r?\n/);
  const table = tableNameOf(lines);
  const header = lines.findIndex((line) => COLUMN_HEADER.test(line));
  if (table === undefined || header < 0) return undefined;
  const columns: KqlColumn[] = [];
  const unknownTypes: string[] = [];
  const seen = new Set<string>();
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    const match = COLUMN_ROW.exec(line);
    if (!match || seen.has(match[1])) continue;
    seen.add(match[1]);
    const type = kqlTypeOf(match[2]);
    if (type) columns.push({ name: match[1], type });
    else unknownTypes.push(`${match[1]}:${match[2]}`);
  }
  return columns.length > 0 ? { table, columns, unknownTypes } : undefined;
}

function tableNameOf(lines: readonly string[]): string | undefined {
  const custom = lines.find((line) => /^ms\.custom:\s*[A-Za-z_]\w*\s*$/.test(line));
  if (custom) return custom.slice(custom.indexOf(':') + 1).trim();
  const title = lines.find((line) => line.startsWith('# '));
  const name = title
    ?.slice(2)
    .replace(/\(.*\)/, '')
    .trim();
  return name && /^[A-Za-z_]\w*$/.test(name) ? name : undefined;
}

function kqlTypeOf(text: string): KqlType | undefined {
  const lower = text.toLowerCase();
  if (isKqlType(lower)) return lower;
  return TYPE_ALIASES[lower];
}

/** The tables the advanced hunting schema page lists (`| **[DeviceEvents](advanced-hunting-…)** |`). */
export function readAdvancedHuntingTableList(markdown: string): readonly string[] {
  return [...markdown.matchAll(/^\|\s*\*\*\[([A-Za-z_]\w*)\]\(advanced-hunting-[^)]*\)\*\*/gm)].map((m) => m[1]);
}
