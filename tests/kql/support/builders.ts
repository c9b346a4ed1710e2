import { expect } from 'vitest';
import type { KqlColumn, KqlType, RawTable } from '../../../src/kql/index.ts';
import { formatDiagnostic, KqlDatabase, type KqlOutcome, runQuery, toWireTable } from '../../../src/kql/index.ts';

/**
 * Test builders for KQL conformance tests (shared by kql-front, kql-ops and kql-functions).
 *
 * Tables are written inline as a schema string plus rows in engine representation:
 * @example
 * const db = database({ T: table('a:string, n:long', [['x', 1], ['y', 2]]) });
 * const out = await run(db, 'T | where n > 1');
 * expect(out.rows).toEqual([['y', 2]]);
 */

/** The instant `now()` means in every builder-run query: 2024-01-10T00:00:00Z. */
export const TEST_NOW = new Date('2024-01-10T00:00:00Z');

/** Parses `'a:string, n:long'` into columns. */
export function schema(text: string): KqlColumn[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [name, type] = part.split(':').map((s) => s.trim());
      return { name, type: type as KqlType };
    });
}

export interface TableSpec {
  readonly columns: KqlColumn[];
  readonly rows: unknown[][];
}

export function table(schemaText: string, rows: unknown[][]): TableSpec {
  return { columns: schema(schemaText), rows };
}

/** Builds a database from `{ TableName: table(...) }`. */
export function database(tables: Record<string, TableSpec>): KqlDatabase {
  const raw: RawTable[] = Object.entries(tables).map(([name, spec]) => ({ name, ...spec }));
  return KqlDatabase.fromRawTables(raw);
}

/** Epoch ms of an ISO instant: datetime values in rows are numbers. */
export const ms = (iso: string): number => Date.parse(iso);

export interface RunResult {
  readonly outcome: KqlOutcome;
  /** Result columns as `name:type` strings (empty when the query failed). */
  readonly columns: string[];
  /** Rows in engine representation (datetimes as epoch ms). */
  readonly rows: unknown[][];
  /** Rows in Log Analytics wire form (datetimes ISO text, timespans Kusto text). */
  readonly wire: unknown[][];
}

/** Runs a query at TEST_NOW and fails the test with readable diagnostics when it does not succeed. */
export async function run(db: KqlDatabase, query: string, options: { maxRows?: number } = {}): Promise<RunResult> {
  const outcome = await runQuery(db, query, { now: TEST_NOW, ...options });
  if (!outcome.ok) {
    const detail =
      outcome.kind === 'diagnostics'
        ? outcome.diagnostics.map(formatDiagnostic).join('\n')
        : `${outcome.error.code} ${outcome.error.message}`;
    expect.fail(`query failed:\n${query}\n${detail}`);
  }
  const raw = outcome.table.toRaw();
  return {
    outcome,
    columns: outcome.table.columns.map((c) => `${c.name}:${c.type}`),
    rows: raw.rows.map((r) => [...r]),
    wire: toWireTable(outcome.table).rows,
  };
}

/** Runs a query expected to fail; returns the diagnostic codes (or the runtime error code). */
export async function failureCodes(db: KqlDatabase, query: string): Promise<string[]> {
  const outcome = await runQuery(db, query, { now: TEST_NOW });
  if (outcome.ok) return [];
  return outcome.kind === 'diagnostics' ? outcome.diagnostics.map((d) => d.code) : [outcome.error.code];
}

/** Rows sorted by their JSON text: for results whose order Kusto does not define. */
export function unordered(rows: unknown[][]): unknown[][] {
  return [...rows].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
}

/** One conformance case: a query over inline tables and the expected columns/rows. */
export interface QueryCase {
  readonly name: string;
  readonly query: string;
  readonly columns?: string[];
  readonly rows: unknown[][];
  /** Compare ignoring row order. */
  readonly unordered?: boolean;
  /** Compare the wire form (ISO datetimes, Kusto timespans) instead of engine values. */
  readonly wire?: boolean;
}

/** Asserts a table-driven case. */
export async function expectCase(db: KqlDatabase, c: QueryCase): Promise<void> {
  const result = await run(db, c.query);
  if (c.columns) expect(result.columns).toEqual(c.columns);
  const actual = c.wire ? result.wire : result.rows;
  if (c.unordered) expect(unordered(actual)).toEqual(unordered(c.rows));
  else expect(actual).toEqual(c.rows);
}
