import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  buildFindings,
  type Finding,
  findTemplate,
  loadTemplates,
  renderHuntQuery,
} from '../../../../src/hunts/index.ts';
import { KqlDatabase, loadColumnTables, runQuery, toWireTable } from '../../../../src/kql/index.ts';

/**
 * Variant scenarios: a few log rows of one attack as Microsoft documents the table (and a benign look-alike),
 * run through one shipped hunt on the local engine the way a local tenant runs it (JSONL files in a folder).
 */
export const END = new Date('2026-06-10T12:00:00Z');
export const MINUTE = 60_000;
export type Row = Record<string, unknown>;
export type Tables = Record<string, readonly Row[]>;

const templates = loadTemplates();

/** The ISO time `minutes` before the end of the hunt window. */
export const ago = (minutes: number): string => new Date(END.getTime() - minutes * MINUTE).toISOString();

export async function huntRows(command: string, tables: Tables, days = 1): Promise<Finding[]> {
  const dir = mkdtempSync(join(tmpdir(), `hunt-variants-${command}-`));
  for (const [table, rows] of Object.entries(tables)) {
    writeFileSync(join(dir, `${table}.jsonl`), `${rows.map((row) => JSON.stringify(row)).join('\n')}\n`);
  }
  const database = KqlDatabase.empty().withTables(...(await loadColumnTables(dir)).tables);
  const template = findTemplate(templates, command);
  const window = { start: new Date(END.getTime() - days * 86_400_000), end: END };
  const outcome = await runQuery(database, renderHuntQuery(template, { window, values: {} }), { now: END });
  if (!outcome.ok) throw new Error(`/hunt ${command} failed: ${JSON.stringify(outcome)}`);
  return buildFindings(template, toWireTable(outcome.table));
}
