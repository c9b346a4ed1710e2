import { describe, expect, it } from 'vitest';
import { callScalar, dyn, long, real, str, ts } from './support/helpers.ts';

describe('text search', () => {
  it('indexof counts a negative start from the end and searches numbers as text (indexof-function.md)', () => {
    expect(callScalar('indexof', str('abcdefg'), str('cde'), long(-5))).toBe(2);
    expect(callScalar('indexof', long(1234567), long(5), long(1), long(4))).toBe(4);
    expect(callScalar('indexof', str('abcdefg'), str('cde'), long(1), long(2))).toBe(-1);
  });

  it('indexof_regex takes start, length and a non-overlapping occurrence (indexof-regex-function.md)', () => {
    expect(callScalar('indexof_regex', str('abcabc'), str('a.c'))).toBe(0);
    expect(callScalar('indexof_regex', str('abcabcdefg'), str('a.c'), long(0), long(9), long(2))).toBe(3);
    expect(callScalar('indexof_regex', str('abcabc'), str('a.c'), long(1), long(-1), long(2))).toBe(-1);
    expect(callScalar('indexof_regex', str('ababaa'), str('a.a'), long(0), long(-1), long(2))).toBe(-1);
    expect(callScalar('indexof_regex', str('abcabc'), str('a|ab'), long(-1))).toBeNull();
  });

  it('has_any_index gives the first lookup found as a whole term (has-any-index-function.md)', () => {
    expect(callScalar('has_any_index', str('this is an example'), dyn(['this', 'example']))).toBe(0);
    expect(callScalar('has_any_index', str('this is an example'), dyn(['not', 'example']))).toBe(1);
    expect(callScalar('has_any_index', str('this is an example'), dyn(['exam']))).toBe(-1);
    expect(callScalar('has_any_index', str('Example number 2'), dyn([1, 2, 3]))).toBe(1);
    expect(callScalar('has_any_index', str('x'), dyn([]))).toBe(-1);
  });

  it('regex_quote escapes what a regex reads specially, isascii tells ASCII text', () => {
    expect(callScalar('regex_quote', str('(so$me.Te^xt)'))).toBe('\\(so\\$me\\.Te\\^xt\\)');
    expect(callScalar('regex_quote', str('plain_word9'))).toBe('plain_word9');
    expect(callScalar('isascii', str('some string'))).toBe(true);
    expect(callScalar('isascii', str('Çedilla'))).toBe(false);
  });

  it('strrep repeats a number or timespan as its text (strrep-function.md)', () => {
    expect(callScalar('strrep', long(123), long(3), str('.'))).toBe('123.123.123');
    expect(callScalar('strrep', ts(3000), long(2), str(' '))).toBe('00:00:03 00:00:03');
  });
});

describe('versions, sizes, masks and timespans', () => {
  it('parse_version makes versions comparable (parse-version-function.md)', () => {
    expect(callScalar('parse_version', str('0.0.0.5'))).toBe(5);
    expect(callScalar('parse_version', str('0.0.3'))).toBe(300_000_000);
    expect(callScalar('parse_version', str('0.2'))).toBe(2e16);
    expect(callScalar('parse_version', str('1.2.3.4.5'))).toBeNull();
    expect(callScalar('parse_version', str('1.x'))).toBeNull();
    expect(callScalar('parse_version', str('123456789'))).toBeNull();
  });

  it('format_bytes picks the unit or takes the one asked for (format-bytes-function.md)', () => {
    expect(callScalar('format_bytes', long(564))).toBe('564 Bytes');
    expect(callScalar('format_bytes', long(10332), long(1))).toBe('10.1 KB');
    expect(callScalar('format_bytes', long(20010332))).toBe('19 MB');
    expect(callScalar('format_bytes', long(20010332), long(2))).toBe('19.08 MB');
    expect(callScalar('format_bytes', long(20010332), long(0), str('KB'))).toBe('19541 KB');
    expect(callScalar('format_bytes', long(1000), long(0), str(''), long(10))).toBe('1 KB');
    expect(callScalar('format_bytes', long(null))).toBe('');
  });

  it('format_ipv4_mask writes the masked address and prefix (format-ipv4-mask-function.md)', () => {
    expect(callScalar('format_ipv4_mask', str('192.168.1.1'), long(24))).toBe('192.168.1.0/24');
    expect(callScalar('format_ipv4_mask', str('192.168.1.1/24'), long(32))).toBe('192.168.1.0/24');
    expect(callScalar('format_ipv4_mask', str('192.168.1.1/24'), long(-1))).toBe('');
  });

  it('make_timespan reads hours and minutes, with seconds and days (make-timespan-function.md)', () => {
    expect(callScalar('make_timespan', long(1), long(12), long(30), real(55.123))).toBeCloseTo(131_455_123);
    expect(callScalar('make_timespan', long(2), long(30))).toBe(2.5 * 3600 * 1000);
    expect(callScalar('make_timespan', long(0), long(1), long(5))).toBe(65_000);
    expect(callScalar('make_timespan', long(null), long(1))).toBeNull();
  });

  it('parse_url_query reads the parameters (parse-url-query-function.md)', () => {
    expect(callScalar('parse_urlquery', str('k1=v1&k2=v%202'))).toEqual({
      'Query Parameters': { k1: 'v1', k2: 'v 2' },
    });
  });
});
