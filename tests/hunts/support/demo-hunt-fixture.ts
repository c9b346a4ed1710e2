import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  buildFindings,
  type DemoData,
  type Finding,
  findTemplate,
  loadTemplates,
  renderHuntQuery,
  writeDemoData,
} from '../../../src/hunts/index.ts';
import { KqlDatabase, loadColumnTables, runQuery, toWireTable } from '../../../src/kql/index.ts';

const templates = loadTemplates();
export const DEMO_END = new Date('2026-11-22T08:00:00Z');

/** Demo logs for one seed, written as JSONL and loaded into the local engine the way a local tenant loads them. */
export interface DemoHuntFixture {
  readonly data: DemoData;
  readonly database: KqlDatabase;
  /** The same logs in a workspace that has no WindowsEvent, Syslog or non-interactive sign-in table. */
  readonly sparse: KqlDatabase;
}

export async function loadDemoFixture(seed: number): Promise<DemoHuntFixture> {
  const dir = mkdtempSync(join(tmpdir(), `hunts-demo-${seed}-`));
  const { data } = await writeDemoData(dir, { seed, end: DEMO_END });
  const { tables } = await loadColumnTables(dir);
  const missing = ['WindowsEvent', 'Syslog', 'AADNonInteractiveUserSignInLogs'];
  return {
    data,
    database: KqlDatabase.empty().withTables(...tables),
    sparse: KqlDatabase.empty().withTables(...tables.filter((table) => !missing.includes(table.name))),
  };
}

/** Runs `/hunt command` over the last `days` of the demo logs and returns its findings. */
export async function hunt(
  fixture: DemoHuntFixture,
  command: string,
  values: Record<string, string> = {},
  days = 3,
  database = fixture.database,
): Promise<Finding[]> {
  const template = findTemplate(templates, command);
  const window = { start: new Date(DEMO_END.getTime() - days * 86_400_000), end: DEMO_END };
  const outcome = await runQuery(database, renderHuntQuery(template, { window, values }), { now: DEMO_END });
  if (!outcome.ok) throw new Error(`/hunt ${command} failed: ${JSON.stringify(outcome)}`);
  return buildFindings(template, toWireTable(outcome.table));
}

/** Every look-alike's address and account, none of which a hunt may report. */
export function benign(data: DemoData): Set<string> {
  return new Set(
    data.lookalikes.flatMap((lookalike) => [lookalike.ip, lookalike.account].filter((value) => value !== undefined)),
  );
}
