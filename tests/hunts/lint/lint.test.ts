import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { formatLintResult, lintFiles, lintQuery, SHIPPED_TEMPLATES_DIR } from '../../../src/hunts/index.ts';
import { SHIPPED_TEMPLATE_FILES } from '../support/shipped-hunts.ts';

// The first analysis loads Microsoft's Kusto analyzer (several seconds); the 40-odd shipped templates take
// about 25 s more on a quiet 2-core machine, and several times that on a busy one.
describe('lint', { timeout: 180_000 }, () => {
  it('finds no diagnostics in any shipped template', () => {
    const results = lintFiles([SHIPPED_TEMPLATES_DIR]);
    expect(results.map((result) => result.file.split('/').pop())).toEqual(SHIPPED_TEMPLATE_FILES);
    expect(results.flatMap(formatLintResult)).toEqual([]);
  });

  it("reports seed 002's group-by on make_set results as KS116 at its line and column in the YAML file", () => {
    const [result] = lintFiles(['tests/fixtures/hunts/seed-002-groupby-make-set.yaml']);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ code: 'KS116', severity: 'Error', line: 38, column: 7 });
    expect(formatLintResult(result)).toEqual([
      "tests/fixtures/hunts/seed-002-groupby-make-set.yaml:38:7: KS116 Error: The value of type 'dynamic' is not allowed in this context.",
    ]);
  });

  it('lints plain .kql files: seed 004 as published has curly quotes and the wrong table name', () => {
    const [result] = lintFiles(['tests/fixtures/hunts/seed-004a-as-published.kql']);
    const codes = result.diagnostics.map((diagnostic) => `${diagnostic.code}@${diagnostic.line}:${diagnostic.column}`);
    expect(codes).toContain('KS204@1:1');
    expect(codes).toContain('KS002@2:23');
  });

  it('binds against the full table schemas: unknown columns and type errors are reported', () => {
    const diagnostics = lintQuery(
      'SigninLogs\n| where ResultTyp == "0"\n| extend d = datetime_diff("second", TimeGenerated, "abc")',
    );
    expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.line, diagnostic.column])).toEqual([
      ['KS142', 2, 9],
      ['KS107', 3, 53],
    ]);
  });

  it('declares the AzureDiagnostics columns a query spells with a type suffix, as the engine binds them', () => {
    expect(
      lintQuery(
        'AzureDiagnostics\n| where addedIpRule_Value_s != ""\n| project addedIpRule_Value_s, n = httpStatus_d + 1',
      ),
    ).toEqual([]);
    expect(lintQuery('AzureDiagnostics\n| where addedIpRule != ""').map((diagnostic) => diagnostic.code)).toEqual([
      'KS142',
    ]);
  });

  it('a Sentinel rule from the Azure-Sentinel repository lints clean', () => {
    expect(lintFiles(['tests/fixtures/hunts/dropped-in']).flatMap(formatLintResult)).toEqual([]);
  });

  it('reports mapped and summary columns that the query result lacks (HUNT001) at their YAML keys', () => {
    const document = parseDocument(readFileSync(join(SHIPPED_TEMPLATES_DIR, 'spray.yaml'), 'utf8'));
    document.setIn(['entityMappings', 0, 'fieldMappings', 0, 'columnName'], 'IPCustomEntity');
    document.setIn(['x-hunt', 'summary', 'count'], 'FailedCount');
    const text = document.toString();
    const file = join(mkdtempSync(join(tmpdir(), 'hunts-lint-')), 'spray.yaml');
    writeFileSync(file, text);
    const lineOf = (needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;
    const [result] = lintFiles([file]);
    expect(result.diagnostics.map(({ code, line }) => [code, line])).toEqual([
      ['HUNT001', lineOf('columnName: IPCustomEntity')],
      ['HUNT001', lineOf('count: FailedCount')],
    ]);
    expect(result.diagnostics[0].message).toContain(
      "entityMappings.0.fieldMappings.0.columnName names 'IPCustomEntity', which is not a column of the query result (FirstFailure,",
    );
  });

  it('reports an invalid template or a missing file as a problem instead of crashing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hunts-lint-'));
    writeFileSync(join(dir, 'broken.yaml'), 'id: x\nname: broken\n');
    const [broken] = lintFiles([join(dir, 'broken.yaml')]);
    expect(broken.problem).toBe(
      `Template ${join(dir, 'broken.yaml')}: query: Invalid input: expected string, received undefined`,
    );
    expect(formatLintResult(broken)).toEqual([`${join(dir, 'broken.yaml')}: ${broken.problem}`]);
  });
});
