import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic, parseQuery } from '../../src/kql/index.ts';
import { corpusQueries } from './support/corpus-files.ts';

const corpus = corpusQueries().map((query) => query.text);

const firstExpr = (text: string) => {
  const { tree, diagnostics } = parseQuery(text);
  expect(diagnostics.map(formatDiagnostic)).toEqual([]);
  const last = tree.statements[tree.statements.length - 1];
  if (last.kind !== 'ExpressionStatement') throw new Error('expected an expression statement');
  return last.expr;
};

describe('parseQuery: syntax tree', () => {
  it('builds left-nested pipes with the operator kinds', () => {
    const expr = firstExpr('T | where a == 1 | extend b = 2 | order by b desc');
    expect(expr.kind).toBe('Pipe');
    if (expr.kind !== 'Pipe') return;
    expect(expr.operator.kind).toBe('SortOperator');
    expect(expr.source.kind === 'Pipe' && expr.source.operator.kind).toBe('ExtendOperator');
  });

  it.each([
    ['1d', 86_400_000],
    ['15m', 900_000],
    ['100ms', 100],
    ['timespan(1.02:03:04.5)', 93_784_500],
    ['time(00:15:00)', 900_000],
    ['datetime(2024-01-01)', Date.UTC(2024, 0, 1)],
    ['datetime(2024-01-01T10:20:30.5Z)', Date.UTC(2024, 0, 1, 10, 20, 30, 500)],
    ['long(null)', null],
    ['real(1.5)', 1.5],
    ['"a\\tb"', 'a\tb'],
    ["@'c:\\temp'", 'c:\\temp'],
    ['h"secret"', 'secret'],
    ['```multi\nline```', 'multi\nline'],
    ['-5', -5],
  ])('literal %s', (text, value) => {
    const expr = firstExpr(`print x = ${text}`);
    if (expr.kind !== 'Print') throw new Error('expected print');
    const literal = expr.items[0].expr;
    expect(literal.kind === 'Literal' && literal.value).toEqual(value);
  });

  it('parses dynamic literals as constants', () => {
    const expr = firstExpr('print d = dynamic({"a": [1, "x", null], "b": {"c": true}})');
    expect(expr.kind === 'Print' && expr.items[0].expr).toMatchObject({
      kind: 'DynamicLiteral',
      value: { a: [1, 'x', null], b: { c: true } },
    });
  });

  it('parses let functions with scalar and tabular parameters', () => {
    const { tree, diagnostics } = parseQuery(
      'let f = (t:string, n:long = 5) { table(t) | take n };\nlet g = (T:(*)) { T | count };\nf("x") | invoke g()',
    );
    expect(diagnostics).toEqual([]);
    const [f, g] = tree.statements;
    expect(f.kind === 'LetStatement' && f.value.kind).toBe('FunctionDeclaration');
    expect(g.kind === 'LetStatement' && g.value.kind === 'FunctionDeclaration' && g.value.parameters[0].type).toBe(
      'table',
    );
  });

  it('reads string operators, negations and case-insensitive in', () => {
    const expr = firstExpr(
      'T | where a !has "x" and b in~ ("a") and c !in ("b") and d !between (1 .. 2) and e matches regex "z"',
    );
    expect(JSON.stringify(expr)).toContain('"op":"!has"');
    expect(JSON.stringify(expr)).toContain('"op":"in~"');
    expect(JSON.stringify(expr)).toContain('"op":"!in"');
    expect(JSON.stringify(expr)).toContain('"negated":true');
    expect(JSON.stringify(expr)).toContain('"op":"matches regex"');
  });

  it('parses join conditions into conjuncts', () => {
    const expr = firstExpr('A | join kind=leftouter hint.strategy=broadcast (B) on $left.x == $right.y and k');
    if (expr.kind !== 'Pipe' || expr.operator.kind !== 'JoinOperator') throw new Error('expected join');
    expect(expr.operator.on).toHaveLength(2);
    expect(expr.operator.options.map((o) => `${o.name}=${o.value}`)).toEqual([
      'kind=leftouter',
      'hint.strategy=broadcast',
    ]);
  });
});

describe('parseQuery: diagnostics', () => {
  it('reports a missing expression with line and column, and keeps going', () => {
    const { tree, diagnostics } = parseQuery('T\n| where \n| take 5');
    expect(diagnostics.map(formatDiagnostic)).toEqual(['KQL0003 line 3, col 1: missing expression']);
    expect(tree.statements).toHaveLength(1);
  });

  it('names an unknown operator as unsupported', () => {
    const { diagnostics } = parseQuery('T | frobnicate x | take 1');
    expect(diagnostics.map((d) => d.code)).toEqual(['KQL0020']);
    expect(diagnostics[0].message).toContain("'frobnicate'");
  });

  it('reports curly-quoted strings once each, without cascading errors', () => {
    const { diagnostics } = parseQuery('T | where a == “x” and b == ‘y’');
    expect(diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
      ['KQL0007', 1, 16],
      ['KQL0007', 1, 29],
    ]);
  });

  it('reports other stray characters', () => {
    expect(parseQuery('T | where a == 1 § 2').diagnostics[0]).toMatchObject({ code: 'KQL0001', column: 18 });
  });

  it('reports an unterminated string', () => {
    expect(parseQuery('T | where a == "x').diagnostics.map((d) => d.code)).toEqual(['KQL0002']);
  });
});

describe('parseQuery: corpus and robustness', () => {
  it('parses every corpus query without diagnostics', () => {
    for (const text of corpus) expect(parseQuery(text).diagnostics.map(formatDiagnostic)).toEqual([]);
  });

  it('never throws on random text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const { tree, diagnostics } = parseQuery(text);
        expect(tree.kind).toBe('Query');
        expect(Array.isArray(diagnostics)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on mutated corpus queries', () => {
    const pieces = [
      '(',
      ')',
      '|',
      '"',
      "'",
      ',',
      '=',
      '[',
      ']',
      '{',
      '}',
      ';',
      'let',
      'by',
      '..',
      '!',
      '$left.',
      '@"',
      '```',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...corpus),
        fc.array(fc.tuple(fc.nat(), fc.nat(20), fc.constantFrom(...pieces)), { maxLength: 6 }),
        (text, edits) => {
          let mutated = text;
          for (const [at, remove, insert] of edits) {
            const pos = at % (mutated.length + 1);
            mutated = mutated.slice(0, pos) + insert + mutated.slice(pos + remove);
          }
          const { tree } = parseQuery(mutated);
          expect(tree.kind).toBe('Query');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('survives deep nesting', () => {
    const deep = `print x = ${'('.repeat(5000)}1${')'.repeat(5000)}`;
    expect(parseQuery(deep).diagnostics.length).toBeGreaterThan(0);
  });
});
