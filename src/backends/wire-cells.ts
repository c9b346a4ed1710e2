import { isKqlType, type KqlColumn, type KqlType } from '../kql/index.ts';

/** Advanced hunting reports .NET type names; these are their Kusto equivalents. */
const DOTNET_TO_KQL: Readonly<Record<string, KqlType>> = {
  string: 'string',
  datetime: 'datetime',
  datetimeoffset: 'datetime',
  int64: 'long',
  int32: 'int',
  int16: 'int',
  double: 'real',
  single: 'real',
  decimal: 'decimal',
  boolean: 'bool',
  sbyte: 'bool',
  object: 'dynamic',
  guid: 'guid',
  timespan: 'timespan',
};

/** Maps a column type from either service (Kusto or .NET spelling, any case) to a Kusto type. */
export function columnTypeToKql(type: string): KqlType {
  const lower = type.toLowerCase();
  if (isKqlType(lower)) return lower;
  return DOTNET_TO_KQL[lower.replace(/^system\./, '')] ?? 'string';
}

export interface WireCellOptions {
  /**
   * Parse dynamic cells that arrive as JSON text (advanced hunting). Off where they already are
   * JSON values (the Log Analytics SDK parses them; the local engine never serialises them).
   */
  readonly parseDynamicText?: boolean;
}

/**
 * One cell in the common wire shape every backend answers with: datetimes as ISO-8601 UTC strings
 * (millisecond precision, because the Log Analytics SDK already turned them into Date), dynamic as
 * JSON values, numbers as numbers, timespans as Kusto strings.
 */
export function toWireCell(type: KqlType, value: unknown, options: WireCellOptions = {}): unknown {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'datetime':
      return isoDatetime(value);
    case 'dynamic':
      return options.parseDynamicText ? parsedDynamic(value) : value;
    case 'int':
    case 'long':
    case 'real':
    case 'decimal':
      return typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)) ? Number(value) : value;
    default:
      return value;
  }
}

/** Applies toWireCell to every cell of positional rows. */
export function toWireRows(
  columns: readonly KqlColumn[],
  rows: readonly (readonly unknown[])[],
  options: WireCellOptions = {},
): unknown[][] {
  return rows.map((row) => columns.map((column, index) => toWireCell(column.type, row[index], options)));
}

function isoDatetime(value: unknown): unknown {
  const date =
    value instanceof Date
      ? value
      : typeof value === 'string' || typeof value === 'number'
        ? new Date(value)
        : undefined;
  return date && !Number.isNaN(date.getTime()) ? date.toISOString() : value;
}

function parsedDynamic(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return value; // a plain string held in a dynamic column
  }
}
