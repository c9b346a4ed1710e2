/**
 * Kusto scalar types and how their values are held in JavaScript. Shared by the parser,
 * the binder, the evaluator, the function registry and the table loaders.
 *
 * Value representation (one rule for the whole engine):
 * - string, guid: JS string. Strings are never null in Kusto: a missing string is "".
 * - int, long, real, decimal: JS number, or null.
 * - bool: JS boolean, or null.
 * - datetime: epoch milliseconds as a JS number (fractions keep sub-millisecond ticks, to 2^-12 ms for today's
 *   instants; functions/ticks.ts reads and writes them to the 100 ns tick), or null.
 * - timespan: milliseconds as a JS number (fractions keep ticks), or null.
 * - dynamic: a parsed JSON value (null, boolean, number, string, array, plain object).
 */
export const KQL_TYPES = [
  'string',
  'int',
  'long',
  'real',
  'decimal',
  'bool',
  'datetime',
  'timespan',
  'dynamic',
  'guid',
] as const;
export type KqlType = (typeof KQL_TYPES)[number];

export function isKqlType(name: string): name is KqlType {
  return (KQL_TYPES as readonly string[]).includes(name);
}

/** A typed column as it appears in schemas and results. */
export interface KqlColumn {
  readonly name: string;
  readonly type: KqlType;
}

/**
 * A row-oriented table with values already in the engine representation above.
 * Loaders produce it; the engine turns it into its columnar form.
 */
export interface RawTable {
  readonly name: string;
  readonly columns: readonly KqlColumn[];
  readonly rows: readonly (readonly unknown[])[];
}
