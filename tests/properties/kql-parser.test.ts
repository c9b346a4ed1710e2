import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  formatDiagnostic,
  type KqlDatabase,
  openDatabaseDirectory,
  parseQuery,
  runQuery,
} from '../../src/kql/index.ts';

// tests/kql covers random characters and mutated corpus queries; this feeds token soups built from KQL's own
// vocabulary, which reach far deeper into the parser, binder and compiler than random characters do.
const token = fc.oneof(
  fc.constantFrom('T', 'SigninLogs', 'IPAddress', 'UserPrincipalName', 'ResultType', 'TimeGenerated', 'x', 'Count'),
  fc.constantFrom('|', 'where', 'project', 'extend', 'summarize', 'by', 'count()', 'dcount(', 'make_set(', 'take'),
  fc.constantFrom('join', 'kind=inner', 'on', 'union', 'let', ';', '=', '==', '!=', '=~', 'has', 'in', '!in', 'and'),
  fc.constantFrom('or', 'not(', '(', ')', '[', ']', '{', '}', ',', '.', '..', '+', '-', '*', '/', '%', '<', '>='),
  fc.constantFrom('ago(1d)', 'now()', 'bin(', 'datetime(2024-01-01)', 'timespan(1h)', '1d', '42', '3.5', 'true'),
  fc.constantFrom('"a"', "'b'", '@"c\\d"', '```e```', 'dynamic([1,2])', 'mv-expand', 'parse', 'with', '*', 'sort'),
  fc.constantFrom('top', '10', 'asc', 'desc', 'nulls', 'first', 'materialize(', 'toscalar(', 'iff(', 'case('),
  fc.string({ maxLength: 6 }),
);
const soup = fc.array(token, { maxLength: 30 }).map((tokens) => tokens.join(' '));
/** Valid stages mixed with soup stages, so many queries get past the parser into binding and running. */
const validStage = fc.constantFrom(
  'where IPAddress != ""',
  'summarize n = count(), users = dcount(UserPrincipalName) by IPAddress',
  'extend hour = bin(TimeGenerated, 1h)',
  'project IPAddress, Count',
  'where toint(ResultType) > 0',
  'top 5 by Count desc',
  'mv-expand x = pack_array(1, 2)',
  'summarize arg_max(TimeGenerated, *) by UserPrincipalName',
  'join kind=leftouter (T | project IPAddress, Other = Count) on IPAddress',
  'extend y = iff(isempty(IPAddress), "none", IPAddress)',
);
const mixed = fc
  .array(
    fc.oneof(
      validStage,
      fc.array(token, { minLength: 1, maxLength: 6 }).map((t) => t.join(' ')),
    ),
    {
      minLength: 1,
      maxLength: 5,
    },
  )
  .map((stages) => `T | ${stages.join(' | ')}`);
const pipeline = fc
  .array(fc.array(token, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 5 })
  .map((stages) => `T | ${stages.map((stage) => stage.join(' ')).join(' | ')}`);

describe('property: the KQL parser and engine on token soups', () => {
  let database: KqlDatabase;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kql-prop-'));
    writeFileSync(
      join(dir, 'T.csv'),
      'TimeGenerated,IPAddress,UserPrincipalName,ResultType,Count\n' +
        '2024-01-01T00:00:00Z,203.0.113.7,a@x,50126,3\n2024-01-01T01:00:00Z,,b@x,0,\n',
    );
    database = await openDatabaseDirectory(dir);
  });

  it('parses any token soup into a tree with diagnostics that point inside the text', () => {
    fc.assert(
      fc.property(fc.oneof(soup, pipeline), (text) => {
        const { tree, diagnostics } = parseQuery(text);
        expect(tree.kind).toBe('Query');
        for (const diagnostic of diagnostics) expect(formatDiagnostic(diagnostic).length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('runs any token soup to a table, diagnostics or a coded runtime error, never a throw', async () => {
    const kinds = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fc.oneof(mixed, pipeline, soup), async (text) => {
        const outcome = await runQuery(database, text, { timeoutMs: 5_000, maxRows: 10_000 });
        kinds.add(outcome.ok ? 'table' : outcome.kind);
        if (outcome.ok) expect(outcome.table).toBeDefined();
        else if (outcome.kind === 'diagnostics') expect(outcome.diagnostics.length).toBeGreaterThan(0);
        else expect(outcome.error.code).toMatch(/\S/);
      }),
      { numRuns: 1000 },
    );
    expect([...kinds]).toContain('table'); // the generators do reach the engine, not just the parser
  });
});
