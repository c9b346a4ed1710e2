// Known Sentinel / Defender table schemas: used by the loaders to type columns, by the engine to
// answer a known table without data as empty, and by the hunts linter to declare tables to
// @kusto/language-service-next.
import type { KqlColumn } from '../types.ts';
import { catalogueSchemas } from './catalogue/index.ts';
import { asimParser, sentinelTableNames, sentinelTableSchema } from './catalogue/sentinel.ts';
import { DEVICE_LOGON_EVENTS, IDENTITY_LOGON_EVENTS } from './defender.ts';
import { AAD_NON_INTERACTIVE_USER_SIGNIN_LOGS, AUDIT_LOGS, SIGNIN_LOGS } from './entra.ts';
import { withColumnsLacking, withStandardColumns } from './standard-columns.ts';
import { SYSLOG } from './syslog.ts';
import { SECURITY_EVENT, WINDOWS_EVENT } from './windows.ts';

export { type AsimParser, asimParser } from './catalogue/sentinel.ts';
export { parseColumnSpec, toKustoSchemaString } from './column-spec.ts';
export { openColumnsOf } from './open-columns.ts';
export { asimParsersNamedIn, catalogueTablesNamedIn, sentinelNamesIn } from './tables-named-in.ts';

/** The hunted tables' hand-kept schemas: all Log Analytics tables, so they get the standard columns they omit. */
const HAND_KEPT_SCHEMAS: Readonly<Record<string, readonly KqlColumn[]>> = {
  SigninLogs: SIGNIN_LOGS,
  AADNonInteractiveUserSignInLogs: AAD_NON_INTERACTIVE_USER_SIGNIN_LOGS,
  AuditLogs: AUDIT_LOGS,
  SecurityEvent: SECURITY_EVENT,
  WindowsEvent: WINDOWS_EVENT,
  Syslog: SYSLOG,
  DeviceLogonEvents: DEVICE_LOGON_EVENTS,
  IdentityLogonEvents: IDENTITY_LOGON_EVENTS,
};

const CATALOGUE = catalogueSchemas();

/**
 * The documented catalogue, with the hand-kept schemas of the hunted tables taking precedence: those
 * are checked against the seeds' schemas and keep facts the generated pages lose (column order, the
 * Timestamp/TimeGenerated pair). The catalogue's columns a hand-kept schema lacks follow it (those
 * Microsoft's query validation added since, such as the non-interactive sign-ins' IncomingTokenType).
 */
export const TABLE_SCHEMAS: Readonly<Record<string, readonly KqlColumn[]>> = Object.freeze({
  ...CATALOGUE,
  ...Object.fromEntries(
    Object.entries(HAND_KEPT_SCHEMAS).map(([name, columns]) => [
      name,
      withStandardColumns(withColumnsLacking(columns, CATALOGUE[name] ?? [])),
    ]),
  ),
});

/**
 * The known schema of a table: a documented one (TABLE_SCHEMAS) or a Sentinel solution table or parser function
 * (CiscoDuo, SQLEvent, …) as Microsoft's validation of published Sentinel queries declares it. Table names are
 * case-sensitive in Kusto.
 */
export function schemaFor(tableName: string): readonly KqlColumn[] | undefined {
  return Object.hasOwn(TABLE_SCHEMAS, tableName) ? TABLE_SCHEMAS[tableName] : sentinelTableSchema(tableName);
}

/**
 * The schema a data file named `name` is typed with: a catalogued table's, or an ASIM parser's output (a file
 * `imProcessCreate.jsonl` supplies the rows `imProcessCreate(…)` returns).
 */
export function dataSchemaFor(name: string): readonly KqlColumn[] | undefined {
  return schemaFor(name) ?? asimParser(name)?.columns;
}

/**
 * Every catalogued table name, documented and Sentinel solution ones, each once.
 */
export function catalogueTableNames(): readonly string[] {
  return [...new Set([...Object.keys(TABLE_SCHEMAS), ...sentinelTableNames()])];
}

let tableNames: readonly string[] | undefined;

/**
 * The catalogued names a table wildcard (`union Device*`, `search *`) reads when no table with data matches: the
 * documented tables and the Sentinel solutions' custom tables, whose names end in `_CL` as every custom table's
 * does in Log Analytics. The solutions' other entries are parser functions (CiscoDuo, SQLEvent, …), and a
 * wildcard names tables only. Listed once: `union *` asks on every compile.
 */
export function wildcardTableNames(): readonly string[] {
  tableNames ??= catalogueTableNames().filter((name) => Object.hasOwn(TABLE_SCHEMAS, name) || name.endsWith('_CL'));
  return tableNames;
}

/** Where the catalogue's schema of a table comes from, for messages that show it. */
export type CatalogueSource = 'documented' | 'sentinel-solution';

export function catalogueSourceOf(tableName: string): CatalogueSource | undefined {
  if (Object.hasOwn(TABLE_SCHEMAS, tableName)) return 'documented';
  return sentinelTableSchema(tableName) ? 'sentinel-solution' : undefined;
}
