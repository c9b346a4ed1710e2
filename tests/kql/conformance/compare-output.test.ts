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
