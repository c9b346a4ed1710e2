import type { KqlColumn, KqlType } from '../types.ts';
import { hiddenColumnsOf } from './standard-columns.ts';

/**
 * Log Analytics' AzureDiagnostics is shared by every Azure resource type that sends its logs there in "Azure
 * diagnostics" mode: besides the columns Microsoft's page lists, each resource type writes its own properties
 * as columns whose name ends in a type suffix (`requestUri_s`, `httpStatus_d`, `isAccessPolicyMatch_b`). Its page
 * (azurediagnostics.md, "AdditionalFields column") says a column is created the first time a resource sends a
 * new property (`AzureDiagnostics | where NewInfo1_s == "xyz"`), so which of them a workspace has depends on the
 * resources sending to it and no page can list them all.
 *
 * The local rule: in such a table every name with one of these suffixes is a column, of the suffix's type,
 * null in rows (or files) that do not carry it. A name without a suffix is still an unknown column.
 */
const OPEN_TABLES: ReadonlySet<string> = new Set(['AzureDiagnostics']);

/** The suffixes Log Analytics gives resource-specific columns, and the type each one means. */
const SUFFIX_TYPES: Readonly<Record<string, KqlType>> = {
  _s: 'string',
  _d: 'real',
  _b: 'bool',
  _g: 'guid',
  _t: 'datetime',
};

/**
 * The columns among `names` that `table` has beyond `present` and binds only when a query names them: an open
 * table's suffixed columns, and a Log Analytics table's hidden standard columns (standard-columns.ts).
 */
export function openColumnsOf(
  table: string,
  names: Iterable<string>,
  present: readonly KqlColumn[],
): readonly KqlColumn[] {
  return [...suffixedColumnsOf(table, names, present), ...hiddenColumnsOf(table, names, present)];
}

/** The suffixed columns of `names` that the open table `table` lacks; none for any other table. */
function suffixedColumnsOf(
  table: string,
  names: Iterable<string>,
  present: readonly KqlColumn[],
): readonly KqlColumn[] {
  if (!OPEN_TABLES.has(table)) return [];
  const known = new Set(present.map((column) => column.name));
  const added: KqlColumn[] = [];
  for (const name of names) {
    const type = SUFFIX_TYPES[name.slice(-2)];
    if (!type || name.length <= 2 || known.has(name)) continue;
    known.add(name);
    added.push({ name, type });
  }
  return added;
}
