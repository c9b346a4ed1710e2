import { describe, expect, it } from 'vitest';
import { sameValue } from './compare-output.ts';

describe('documented cells in single-quote notation (bag-zip.md)', () => {
  it('match the same dynamic value', () => {
    expect(sameValue(['a', 8, 'b'], "['a',8,'b']")).toBe(true);
    expect(sameValue({ a: 1, b: '2', c: null }, "{'a': 1,'b': '2','c': null}")).toBe(true);
    expect(sameValue(["it's", 'x'], `["it's",'x']`)).toBe(true);
  });

  it('never match a different value', () => {
    expect(sameValue(['a', '8'], "['a',8]")).toBe(false);
    expect(sameValue({ a: 2 }, "{'a': '2'}")).toBe(false);
    expect(sameValue(['a'], "['b']")).toBe(false);
    expect(sameValue(['n'], "['\\n']")).toBe(false);
  });
});

describe('documented reals printed to fewer decimals (exp-function.md)', () => {
  it('match a value that rounds to the digits shown', () => {
    expect(sameValue(Math.exp(2), '7.389056')).toBe(true);
    expect(sameValue(32.666666666666664, '32.667')).toBe(true);
  });

  it('never match a value that rounds otherwise, nor stretch a short number', () => {
    expect(sameValue(7.3891, '7.389056')).toBe(false);
    expect(sameValue(32.6664, '32.667')).toBe(false);
    expect(sameValue(7.4, '7')).toBe(false);
    expect(sameValue(7.44, '7.4')).toBe(false);
  });
});

describe('string cells as a Markdown table shows them (trim-function.md, scalar-data-types/string.md)', () => {
  it('match a string whose edges, line breaks or no-break spaces the table cannot show', () => {
    expect(sameValue('  --https://bing.com--  ', '--https://bing.com--')).toBe(true);
    expect(sameValue('Hello\u00a0World', 'Hello World')).toBe(true);
    expect(sameValue('line one\n    line two', 'line one line two')).toBe(true);
    expect(sameValue('https://bing.com', '<https://bing.com>')).toBe(true);
    expect(sameValue('https://example.com/a', '[https://example.com/a](https://example.com/a)')).toBe(true);
  });

  it('never match other characters, a missing space or a link to somewhere else', () => {
    expect(sameValue('Hello World', 'HelloWorld')).toBe(false);
    expect(sameValue('Hello, World', 'Hello World')).toBe(false);
    expect(sameValue('https://bing.com', '[https://bing.com](https://evil.example)')).toBe(false);
    expect(sameValue('https://bing.com/', '<https://bing.com>')).toBe(false);
  });
});
