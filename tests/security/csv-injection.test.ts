import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildHuntCardModel, findingsCsv } from '../../src/cards/index.ts';
import { openStore } from '../../src/store/index.ts';
import { huntInput } from '../cards/support/report-builder.ts';
import { runCli } from '../support/run-cli.ts';

// What an attacker writes into a user name, a channel or a log field, hoping someone opens the export in a spreadsheet.
const FORMULAS = ['=HYPERLINK("http://evil")', "+cmd|' /C calc'!A0", '@SUM(1+1)', '-2+3', '\tleading tab', '＝1+1'];

const expectAllNeutralised = (cells: readonly string[]) => {
  for (const formula of FORMULAS) expect(cells).toContain(`'${formula}`);
  for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r＝＋－＠]/);
};

describe('CSV formula escaping (CSV injection)', { timeout: 60_000 }, () => {
  it('huntops audit --format csv escapes formulas in every column an event carries', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'huntops-csv-audit-'));
    const sqlitePath = join(dir, 'huntops.db');
    const config = join(dir, 'huntops.config.yaml');
    writeFileSync(
      config,
      `tenants:\n  tenant-a:\n    displayName: A\n    local: { dataDir: ./logs }\nstore: { sqlitePath: ${sqlitePath} }\n`,
    );
    const store = await openStore({ sqlitePath });
    for (const formula of FORMULAS)
      await store.audit.append({
        correlationId: formula,
        action: 'access.refused',
        outcome: 'refused',
        actor: formula,
        surface: 'console',
        tenant: 'tenant-a',
        channel: formula,
        details: { text: formula },
      });
    await store.close();

    const run = await runCli(['audit', '--format', 'csv', '--config', config]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const rows = parse(run.stdout, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(FORMULAS.length);
    expectAllNeutralised(rows.flatMap((row) => [row.actor, row.channel, row.correlationId]));
    expect(rows.map((row) => JSON.parse(row.details).text)).toEqual(FORMULAS);
  });

  it('huntops kql --format csv escapes formula text from the logs but leaves negative numbers as numbers', async () => {
    const data = mkdtempSync(join(tmpdir(), 'huntops-csv-kql-'));
    const lines = FORMULAS.map((formula, index) => JSON.stringify({ Account: formula, Delta: -index }));
    writeFileSync(join(data, 'Evil.jsonl'), `${lines.join('\n')}\n`);

    const run = await runCli(['kql', '--data', data, '--query', 'Evil | project Account, Delta', '--format', 'csv']);
    expect(run.stderr).toBe('');
    // The CSV's records end in \r\n; console.log adds one \n after the last.
    const rows = parse(run.stdout.trimEnd(), { columns: true }) as Record<string, string>[];
    expectAllNeutralised(rows.map((row) => row.Account));
    expect(rows.map((row) => row.Delta)).toEqual(FORMULAS.map((_, index) => String(-index)));
  });

  it('the findings CSV attached to a hunt card escapes formulas in account entities', () => {
    const input = huntInput({ findings: 1 });
    const findings = FORMULAS.map((formula) => ({ account: formula, count: 3, fields: { TargetUser: formula } }));
    const model = buildHuntCardModel({ ...input, report: { ...input.report, findings } });
    const rows = parse(findingsCsv(model.findings), { columns: true }) as Record<string, string>[];
    expectAllNeutralised(rows.map((row) => row.entity));
  });
});
