import { describe, expect, it } from 'vitest';
import { formatDiagnostic, parseQuery, runQuery } from '../../src/kql/index.ts';
import { TEST_NOW } from './support/builders.ts';
import { corpusQueries } from './support/corpus-files.ts';
import { corpusSchemas, generatedDatabase } from './support/generated-data.ts';

/**
 * Corpus queries that cannot run as published, each for a reason Kusto itself would also
 * report (the query text is kept as harvested, bugs included). The test checks that each still
 * fails with exactly the expected diagnostic, so a fixed engine or a changed query shows up.
 */
const EXCEPTIONS: Record<string, { code: string; reason: string }> = {
  'entra_blocked_accounts.kql': { code: 'KQL0030', reason: 'ago(starttime) with a datetime argument (Kusto KS107)' },
  'entra_unusual_logon_times.kql': { code: 'KQL0030', reason: 'ago(starttime) with a datetime argument (Kusto KS107)' },
  'entra_low_and_slow_password_attempts.kql': {
    code: 'KQL0012',
    reason: 'the last extend reads IPAddresses after project renamed it to FailureIPAddresses',
  },
  'multi_logon_with_expired_account.kql': {
    code: 'KQL0012',
    reason: 'the SigninLogs leg projects Computer, a column SigninLogs does not have',
  },
};

// Every Log Analytics table carries _ItemId; the hunted schemas list only the documented columns.
const withItemId = Object.fromEntries(
  Object.entries(corpusSchemas()).map(([name, columns]) => [
    name,
    columns.some((c) => c.name === '_ItemId') ? columns : [...columns, { name: '_ItemId', type: 'string' as const }],
  ]),
);
const db = generatedDatabase(withItemId);

const queries = corpusQueries();
const files = queries.map((query) => query.file);

describe('KQL corpus (78 real Sentinel queries)', () => {
  it('holds the expected files', () => {
    expect(files).toHaveLength(78);
    for (const name of Object.keys(EXCEPTIONS)) expect(files).toContain(name);
  });

  it.each(queries)('$file parses and runs', async ({ file, text }) => {
    expect(parseQuery(text).diagnostics.map(formatDiagnostic)).toEqual([]);
    const outcome = await runQuery(db, text, { now: TEST_NOW });
    const exception = EXCEPTIONS[file];
    if (exception) {
      expect(outcome.ok).toBe(false);
      if (!outcome.ok && outcome.kind === 'diagnostics') {
        expect(outcome.diagnostics.map((d) => d.code)).toContain(exception.code);
      }
      return;
    }
    if (!outcome.ok) {
      const detail =
        outcome.kind === 'diagnostics'
          ? outcome.diagnostics.map(formatDiagnostic).join('\n')
          : JSON.stringify(outcome.error);
      expect.fail(`${file} did not run:\n${detail}`);
    }
    expect(outcome.table.columns.length).toBeGreaterThan(0);
  });
});
