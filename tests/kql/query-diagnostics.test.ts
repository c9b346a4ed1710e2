import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bindQuery, formatDiagnostic, runQuery } from '../../src/kql/index.ts';
import { database, TEST_NOW, table } from './support/builders.ts';
import { corpusQueries } from './support/corpus-files.ts';

const db = database({
  SigninLogs: table('TimeGenerated:datetime, IPAddress:string, UserPrincipalName:string, ResultType:string', []),
});

async function diagnostics(query: string): Promise<string[]> {
  const outcome = await runQuery(db, query, { now: TEST_NOW });
  if (outcome.ok) return [];
  return outcome.kind === 'diagnostics' ? outcome.diagnostics.map(formatDiagnostic) : [outcome.error.code];
}

describe('coded diagnostics with line, column and suggestions', () => {
  it('unknown column, with did-you-mean', async () => {
    expect(await diagnostics('SigninLogs\n| where TimeGenerated > ago(1d)\n| where IpAddres == "1.2.3.4"')).toEqual([
      "KQL0012 line 3, col 9: unknown column 'IpAddres' (did you mean 'IPAddress'?)",
    ]);
  });

  it('unknown table, with did-you-mean', async () => {
    expect(await diagnostics('SignInLog | take 1')).toEqual([
      "KQL0010 line 1, col 1: unknown table 'SignInLog' (did you mean 'SigninLogs'?)",
    ]);
  });

  it('unknown function, with did-you-mean', async () => {
    expect(await diagnostics('SigninLogs | extend x = tolowr(IPAddress)')).toEqual([
      "KQL0011 line 1, col 25: unknown function 'tolowr' (did you mean 'tolower'?)",
    ]);
  });

  it('a Kusto function the engine lacks is named as unsupported', async () => {
    expect(await diagnostics("SigninLogs | extend c = cursor_after('')")).toEqual([
      "KQL0021 line 1, col 25: function 'cursor_after' is not supported by the local engine",
    ]);
  });

  it('tojson (seed 004c) is not a Kusto function', async () => {
    expect(await diagnostics('SigninLogs | extend j = tojson(IPAddress)')).toEqual([
      "KQL0011 line 1, col 25: unknown function 'tojson'",
    ]);
  });

  it('a Kusto operator the engine lacks is named as unsupported', async () => {
    expect(await diagnostics('SigninLogs | evaluate funnel_sequence_completion(x)')).toEqual([
      "KQL0020 line 1, col 14: operator 'evaluate funnel_sequence_completion' is not supported by the local engine",
    ]);
  });

  it('wrong argument count and type mismatch', async () => {
    expect(await diagnostics('SigninLogs | extend a = strlen()')).toEqual([
      "KQL0031 line 1, col 25: function 'strlen' expects 1 argument(s) but got 0",
    ]);
    expect((await diagnostics('SigninLogs | extend a = IPAddress + 1'))[0]).toMatch(/^KQL0030 line 1, col 25: /);
  });

  it('`!= null` is an unknown name, as in Kusto (seed 004b)', async () => {
    expect(await diagnostics('SigninLogs | where IPAddress != null')).toEqual([
      "KQL0012 line 1, col 33: unknown column 'null'",
    ]);
  });

  it('syntax errors stop before binding', async () => {
    expect(await diagnostics('SigninLogs | where (IPAddress == "x"')).toEqual([
      "KQL0004 line 1, col 37: expected ')' but found end of query",
    ]);
  });

  it('a query must end in a table', async () => {
    expect((await diagnostics('let x = 1; x'))[0]).toMatch(/^KQL0032 /);
  });
});

describe('bindQuery: diagnostics and result schema without running', () => {
  it('gives the output schema of a valid query', () => {
    expect(bindQuery(db, 'SigninLogs | summarize n = count() by IPAddress, bin(TimeGenerated, 1h)')).toEqual({
      diagnostics: [],
      schema: [
        { name: 'IPAddress', type: 'string' },
        { name: 'TimeGenerated', type: 'datetime' },
        { name: 'n', type: 'long' },
      ],
    });
  });

  it('reports binding errors', () => {
    expect(bindQuery(db, 'SigninLogs | project Nope').diagnostics.map((d) => d.code)).toEqual(['KQL0012']);
  });
});

describe('runQuery never throws on user text', () => {
  const corpus = corpusQueries().map((query) => query.text);

  it('random text and mutated corpus queries give an outcome', async () => {
    const pieces = ['(', ')', '|', '"', ',', '=', '[', ']', 'let', 'by', '..', '$left.', 'union', 'join', '*', '1d'];
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 80 }),
          fc
            .tuple(
              fc.constantFrom(...corpus),
              fc.array(fc.tuple(fc.nat(), fc.nat(12), fc.constantFrom(...pieces)), { maxLength: 4 }),
            )
            .map(([text, edits]) =>
              edits.reduce((t, [at, remove, insert]) => {
                const pos = at % (t.length + 1);
                return t.slice(0, pos) + insert + t.slice(pos + remove);
              }, text),
            ),
        ),
        async (text) => {
          const outcome = await runQuery(db, text, { now: TEST_NOW });
          expect(typeof outcome.ok).toBe('boolean');
          if (!outcome.ok && outcome.kind === 'runtime') expect(outcome.error.code).not.toBe('KQLR000');
        },
      ),
      { numRuns: 300 },
    );
  });
});
