import { describe, expect, it } from 'vitest';
import { hasTerm } from '../../../src/kql/functions/index.ts';
import { xxhash64 } from '../../../src/kql/functions/xxhash64.ts';
import { callScalar, dt, long, str } from './support/helpers.ts';

describe('hash functions', () => {
  it('matches the examples in the Kusto docs', () => {
    // longs are JS numbers, so the documented 64-bit value is compared after the same rounding.
    expect(callScalar('hash', str('World'))).toBe(Number(1846988464401551951n));
    expect(callScalar('hash', str('World'), long(100))).toBe(51);
  });

  it('hashes a datetime as its .NET ticks, hash_xxhash64 being the same function (hash-xxhash64-function.md)', () => {
    expect(callScalar('hash', dt('2015-01-01T00:00:00Z'))).toBe(Number(1380966698541616202n));
    expect(callScalar('hash_xxhash64', dt('2015-01-01T00:00:00Z'))).toBe(Number(1380966698541616202n));
    expect(callScalar('hash_xxhash64', str('World'), long(100))).toBe(51);
  });

  it('computes XXH64 over long inputs (the 32-byte stripe path)', () => {
    // Reference value published with the xxHash test vectors.
    const bytes = Buffer.from('Nobody inspects the spammish repetition');
    expect(xxhash64(bytes).toString(16)).toBe('fbcea83c8a378bf1');
  });

  it('hashes with SHA-256, SHA-1 and MD5 as lowercase hex', () => {
    expect(callScalar('hash_sha256', str('World'))).toBe(
      '78ae647dc5544d227130a0682a51e30bc7777fbb6d8a8f17007463a3ecd1d524',
    );
    expect(callScalar('hash_md5', str('World'))).toBe('f5a7924e621e84c9280a9a27e1bcb7f6');
    expect(callScalar('hash_sha1', str(''))).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709');
  });

  it('hashes a datetime as its text with 7 fractional digits (hash-md5-function.md)', () => {
    expect(callScalar('hash_md5', dt('2020-01-01T00:00:00Z'))).toBe('786c530672d1f8db31fee25ea8a9390b');
    expect(callScalar('hash_sha1', dt('2020-01-01T00:00:00Z'))).toBe('e903e533f4d636b4fc0dcf3cf81e7b7f330de776');
  });

  it('creates distinct guids', () => {
    const a = callScalar('new_guid') as string;
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(callScalar('new_guid')).not.toBe(a);
  });
});

describe('hasTerm (has, has_cs, has_any, has_all)', () => {
  const cases: [string, string, boolean, boolean][] = [
    ['North America', 'america', false, true],
    ['North America', 'meric', false, false],
    ['North America', 'America', true, true],
    ['North America', 'america', true, false],
    ['Kusto: ad67d136-c1db-4f9f-88ef-d94f3b6b0b5a;KustoExplorerQueryRun', 'c1db', false, true],
    ['Kusto: ad67d136-c1db-4f9f-88ef-d94f3b6b0b5a;KustoExplorerQueryRun', 'Explorer', false, false],
    ['src 10.0.0.1 port', '10.0.0.1', false, true],
    ['src 110.0.0.1 port', '10.0.0.1', false, false],
    ['CONTOSO\\alice', 'contoso\\', false, true],
    ['anything', '', false, false],
    ['ab', 'ab', false, true],
  ];
  it.each(cases)('%j has %j (case-sensitive: %j) = %j', (haystack, term, caseSensitive, expected) => {
    expect(hasTerm(haystack, term, caseSensitive)).toBe(expected);
  });
});
