import { describe, expect, it } from 'vitest';
import { findLetLiterals } from '../../../src/hunts/query/let-literals.ts';

describe('findLetLiterals', () => {
  it('finds each top-level literal let with its exact source span', () => {
    const query = [
      'let a = 5;',
      'let b=-2.5 ; let c = 15m;',
      "let d = @'C:\\temp;x';",
      'let e = int(7); let f = timespan(1d); let g = true;',
      'let h = dynamic(["203.0.113.1", \'198.51.100.2\']);',
      'T | take a',
    ].join('\n');
    const literals = findLetLiterals(query);
    expect(literals.map(({ name, kind, text }) => [name, kind, text])).toEqual([
      ['a', 'long', '5'],
      ['b', 'real', '-2.5'],
      ['c', 'timespan', '15m'],
      ['d', 'string', "@'C:\\temp;x'"],
      ['e', 'int', 'int(7)'],
      ['f', 'timespan', 'timespan(1d)'],
      ['g', 'bool', 'true'],
      ['h', 'dynamic', 'dynamic(["203.0.113.1", \'198.51.100.2\'])'],
    ]);
    for (const literal of literals) expect(query.slice(literal.start, literal.end)).toBe(literal.text);
    expect(literals.at(-1)?.strings).toEqual(['203.0.113.1', '198.51.100.2']);
  });

  it('ignores lets inside comments, strings, lambdas and tabular or computed values', () => {
    const query = [
      '// let a = 1;',
      'let f = (x:long) { let inner = 2; x + inner };',
      'let t = T | where s == "let b = 3;";',
      'let computed = 1 + 2;',
      'let mixed = dynamic(["a", 1]);',
      'let x = 4;',
      't | extend y = f(x)',
    ].join('\n');
    expect(findLetLiterals(query).map((literal) => literal.name)).toEqual(['x']);
  });

  it('copes with unterminated strings and stray brackets without throwing', () => {
    expect(() => findLetLiterals('let a = "unterminated\nlet b = 2; )) let c = 3;')).not.toThrow();
    expect(findLetLiterals('let a = ```multi\nline;``` ; let b = 2;').map((literal) => literal.name)).toEqual([
      'a',
      'b',
    ]);
  });
});
