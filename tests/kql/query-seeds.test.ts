import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic, runQuery } from '../../src/kql/index.ts';
import { TEST_NOW } from './support/builders.ts';
import { generatedDatabase } from './support/generated-data.ts';

const SEEDS = new URL('../fixtures/kql/seeds/', import.meta.url);
const db = generatedDatabase();
const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.kql'));

/** Result columns each corrected seed must produce (the contract hunt templates rely on). */
const EXPECTED_COLUMNS: Record<string, string[]> = {
  'seed-000.kql': ['RemoteIP', 'DeviceName', 'FailedCount', 'TargetedAccounts'],
  'seed-004a.kql': ['UserPrincipalName', 'AttemptCount', 'MinTimeDelta', 'MaxTimeDelta'],
  'seed-004b.kql': ['UserPrincipalName', 'TimeDeltas', 'AvgTimeDelta', 'StdDevTimeDelta'],
  'seed-004c.kql': ['JsonOutput'],
};

describe('corrected seed queries', () => {
  it('has all seven seed blocks', () => expect(seeds).toHaveLength(7));

  it.each(seeds)('%s runs over generated data', async (file) => {
    const outcome = await runQuery(db, readFileSync(new URL(file, SEEDS), 'utf8'), { now: TEST_NOW });
    if (!outcome.ok) {
      expect.fail(
        outcome.kind === 'diagnostics' ? outcome.diagnostics.map(formatDiagnostic).join('\n') : outcome.error.message,
      );
    }
    if (EXPECTED_COLUMNS[file]) expect(outcome.table.columns.map((c) => c.name)).toEqual(EXPECTED_COLUMNS[file]);
  });

  it('seed 003 splits LogonType by type across the union legs, as Kusto does', async () => {
    const outcome = await runQuery(db, readFileSync(new URL('seed-003.kql', SEEDS), 'utf8'), { now: TEST_NOW });
    expect(outcome.ok && outcome.table.columns.map((c) => c.name)).toEqual(
      expect.arrayContaining(['LogonType_int', 'LogonType_string']),
    );
  });

  it('seed 004a as published is rejected for its typographic quotes, with positions', async () => {
    const published = readFileSync(new URL('../fixtures/kql/seed-004a-as-published.kql', import.meta.url), 'utf8');
    const outcome = await runQuery(db, published, { now: TEST_NOW });
    expect(!outcome.ok && outcome.kind === 'diagnostics' && outcome.diagnostics.map(formatDiagnostic)).toEqual([
      'KQL0007 line 2, col 23: typographic quotes (“ ” ‘ ’) do not delimit KQL strings: use straight quotes " or \'',
      'KQL0007 line 4, col 36: typographic quotes (“ ” ‘ ’) do not delimit KQL strings: use straight quotes " or \'',
    ]);
  });

  it('seed 002 as published is rejected for its dynamic group-by keys', async () => {
    const published = readFileSync(new URL('seed-002.kql', SEEDS), 'utf8').replace(
      'FailedUsers\n',
      'FailedUsers,\nFailedUserSet\n',
    );
    const outcome = await runQuery(db, published, { now: TEST_NOW });
    expect(!outcome.ok && outcome.kind === 'diagnostics' && outcome.diagnostics.map((d) => d.code)).toContain(
      'KQL0034',
    );
  });
});
