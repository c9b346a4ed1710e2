import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFindings, type Finding, loadTemplates, renderHuntQuery } from '../../../src/hunts/index.ts';
import { KqlDatabase, loadColumnTables, runQuery, toWireTable } from '../../../src/kql/index.ts';
import { AUDIT_CASES } from './support/cases/audit-cases.ts';
import { EMAIL_CASES } from './support/cases/email-cases.ts';
import { ENDPOINT_CASES } from './support/cases/endpoint-cases.ts';
import { IDENTITY_CASES } from './support/cases/identity-cases.ts';
import { LINUX_CASES } from './support/cases/linux-cases.ts';
import { SEED_CASES } from './support/cases/seed-cases.ts';
import { WINDOWS_CASES } from './support/cases/windows-cases.ts';
import { addBackground } from './support/held-out-background.ts';
import type { Entity, HeldOutCases } from './support/held-out-case.ts';
import { HeldOutLogs } from './support/held-out-rows.ts';
import { DAY, World } from './support/held-out-world.ts';

/**
 * Issue #16's held-out check: logs of another company, written by a generator of their own (nothing from
 * src/hunts/demo-data), with an attack and a benign look-alike for every hunt in the library, run through the
 * whole library on the local engine. Every attack must be found, no look-alike flagged by any hunt, and no hunt
 * may report the ordinary background. A hunt added to the library without a case here fails the first test.
 */
const CASES: HeldOutCases = {
  ...SEED_CASES,
  ...IDENTITY_CASES,
  ...AUDIT_CASES,
  ...WINDOWS_CASES,
  ...LINUX_CASES,
  ...ENDPOINT_CASES,
  ...EMAIL_CASES,
};
// The library's hunts; entity queries (x-hunt.pivot) answer pivots and are no hunts.
const templates = loadTemplates().filter((template) => template.pivot === undefined);
const covered = templates.filter((template) => Object.hasOwn(CASES, template.command));

interface Staged {
  readonly attacks: ReadonlyMap<string, Entity>;
  readonly lookalikes: ReadonlyMap<string, Entity>;
  readonly findings: ReadonlyMap<string, readonly Finding[]>;
}

async function stage(): Promise<Staged> {
  const world = new World(0x2027_0316);
  const logs = new HeldOutLogs(world);
  addBackground(logs);
  const attacks = new Map(covered.map((template) => [template.command, CASES[template.command].attack(logs)]));
  const lookalikes = new Map(covered.map((template) => [template.command, CASES[template.command].lookalike(logs)]));
  const dir = mkdtempSync(join(tmpdir(), 'hunts-held-out-'));
  for (const [table, rows] of logs.tables) {
    writeFileSync(join(dir, `${table}.jsonl`), `${rows.map((row) => JSON.stringify(row)).join('\n')}\n`);
  }
  const database = KqlDatabase.empty().withTables(...(await loadColumnTables(dir)).tables);
  const findings = new Map<string, readonly Finding[]>();
  for (const template of covered) {
    const { windowDays, values = {} } = CASES[template.command];
    const window = { start: new Date(world.end - (windowDays ?? world.days) * DAY), end: new Date(world.end) };
    const outcome = await runQuery(database, renderHuntQuery(template, { window, values }), {
      now: new Date(world.end),
    });
    if (!outcome.ok)
      throw new Error(`/hunt ${template.command} failed on the held-out logs: ${JSON.stringify(outcome)}`);
    findings.set(template.command, buildFindings(template, toWireTable(outcome.table)));
  }
  return { attacks, lookalikes, findings };
}

const same = (a: string | undefined, b: string | undefined) => a !== undefined && a.toLowerCase() === b?.toLowerCase();
/** The finding (or another entity) names the entity: every field the entity gives matches. */
const names = (finding: Entity, entity: Entity) =>
  (Object.keys(entity) as (keyof Entity)[]).every((field) => same(entity[field], finding[field]));
const shown = ({ ip, account, host, url, domain, fileHash }: Finding) =>
  JSON.stringify({ ip, account, host, url, domain, fileHash });

describe('the hunt library on a held-out scenario (another company, generated independently of the demo data)', () => {
  let staged: Staged;

  beforeAll(async () => {
    staged = await stage();
  }, 120_000);

  it('has a held-out attack and look-alike for every hunt in the library', () => {
    const missing = templates.map((template) => template.command).filter((command) => !Object.hasOwn(CASES, command));
    expect(missing, 'hunts without a case in tests/hunts/held-out/cases').toEqual([]);
  });

  it('tells every look-alike apart from every attack', () => {
    for (const [command, lookalike] of staged.lookalikes) {
      const twin = [...staged.attacks].find(([, attack]) => names(attack, lookalike));
      expect(twin, `the look-alike of ${command} names the attack of ${twin?.[0]}`).toBeUndefined();
    }
  });

  it.each(covered.map((template) => template.command))('/hunt %s finds its held-out attack', (command) => {
    const attack = staged.attacks.get(command)!;
    const findings = staged.findings.get(command)!;
    expect(
      findings.some((finding) => names(finding, attack)),
      `${JSON.stringify(attack)} in ${findings.map(shown)}`,
    ).toBe(true);
  });

  it.each(covered.map((template) => template.command))('/hunt %s flags no look-alike and no background', (command) => {
    const attacks = [...staged.attacks.values()];
    for (const finding of staged.findings.get(command)!) {
      const lookalike = [...staged.lookalikes].find(([, entity]) => names(finding, entity));
      expect(lookalike, `${shown(finding)} is the look-alike of ${lookalike?.[0]}`).toBeUndefined();
      expect(
        attacks.some((attack) => names(finding, attack)),
        `${shown(finding)} is no injected attack`,
      ).toBe(true);
    }
  });
});
