import { describe, expect, it } from 'vitest';
import { type Arg, callScalar, column, dt, dyn, long, real, str, ts } from './support/helpers.ts';

type Case = readonly [name: string, args: Arg[], expected: unknown];

const cases: Case[] = [
  ['strcat', [str('a'), long(1), str('-'), dt('2024-01-01T00:00:00Z')], 'a1-2024-01-01T00:00:00.0000000Z'],
  ['strcat', [str('x'), ts(90_000)], 'x00:01:30'],
  ['strcat_delim', [str('::'), str('a'), long(2), real(1.5)], 'a::2::1.5'],
  ['strcat_array', [dyn([1, 'b', { c: 1 }]), str(',')], '1,b,{"c":1}'],
  ['strcat_array', [dyn('not an array'), str(',')], ''],
  ['strlen', [str('hello')], 5],
  ['strlen', [str('⒦⒰⒮⒯⒪')], 5],
  ['strlen', [dyn(null)], 0],
  ['tolower', [str('AbC')], 'abc'],
  ['toupper', [str('AbC')], 'ABC'],
  ['tolower', [dyn({ a: 'B' })], '{"a":"b"}'],
  ['substring', [str('123456'), long(1), long(2)], '23'],
  ['substring', [str('123456'), long(2)], '3456'],
  ['substring', [str('ABCD'), long(0), long(10)], 'ABCD'],
  ['substring', [str('ABCD'), long(10)], ''],
  ['substring', [str('123456'), long(-2), long(2)], '56'],
  ['substring', [str('123456'), long(1)], '23456'],
  ['split', [str('aa_bb_cc'), str('_')], ['aa', 'bb', 'cc']],
  ['split', [str('user@contoso.com'), str('@'), long(1)], ['contoso.com']],
  ['split', [str('aa_bb'), str('_'), long(5)], []],
  ['split', [str(''), str('_')], ['']],
  ['indexof', [str('abcdefg'), str('cde')], 2],
  ['indexof', [str('abcdefg'), str('cde'), long(1), long(4)], 2],
  ['indexof', [str('abcdefg'), str('cde'), long(1), long(2)], -1],
  ['indexof', [str('abcabc'), str('bc'), long(0), long(-1), long(2)], 4],
  ['indexof', [str('host.contoso.com'), str('.')], 4],
  ['indexof', [str('abc'), str('z')], -1],
  ['replace_string', [str('A magic trick'), str('magic'), str('cool')], 'A cool trick'],
  ['replace_string', [str('aaa'), str(''), str('x')], 'aaa'],
  ['reverse', [str('ABC')], 'CBA'],
  ['reverse', [long(123)], '321'],
  ['strrep', [str('ab'), long(3), str('-')], 'ab-ab-ab'],
  ['strcmp', [str('ABC'), str('ABC')], 0],
  ['strcmp', [str('abc'), str('ABC')], 1],
  ['strcmp', [str('ABC'), str('abc')], -1],
  ['string_size', [str('⒦⒰⒮⒯⒪')], 15],
  ['tohex', [long(256)], '100'],
  ['tohex', [long(-256)], 'ffffffffffffff00'],
  ['tohex', [long(10), long(4)], '000a'],
  ['indexof_regex', [str('abcabc'), str('[bc]+')], 1],
  ['indexof_regex', [str('abc'), str('z')], -1],
  ['extract', [str('x=([0-9.]+)'), long(1), str('hello x=3.14 y')], '3.14'],
  ['extract', [str('x=([0-9.]+)'), long(0), str('hello x=3.14 y')], 'x=3.14'],
  ['extract', [str('x=([0-9.]+)'), long(1), str('no match')], ''],
  ['extract', [str('x=([0-9.]+)'), long(1), str('x=3.5'), str('real')], 3.5],
  ['extract', [str('x=([0-9]+)'), long(1), str('nope'), str('long')], null],
  ['extract', [str('(?i)USER=(\\w+)'), long(1), str('user=bob')], 'bob'],
  ['extract', [str('(?P<ip>\\d+\\.\\d+\\.\\d+\\.\\d+)'), long(1), str('from 10.1.2.3 port')], '10.1.2.3'],
  ['extract', [str('([a-f0-9]{32})?(.*)'), long(2), str('alice@contoso.com')], 'alice@contoso.com'],
  ['extract', [str('(unclosed'), long(1), str('x')], ''],
  ['extract_all', [str('(\\d+)'), str('a1b22c333')], ['1', '22', '333']],
  [
    'extract_all',
    [str('(\\w)(\\d)'), str('a1 b2')],
    [
      ['a', '1'],
      ['b', '2'],
    ],
  ],
  ['extract_all', [str('(\\w)(\\d)'), dyn([2]), str('a1 b2')], ['1', '2']],
  ['extract_all', [str('(\\d+)'), str('none')], null],
  ['replace_regex', [str('Hello 123 world 45'), str('\\d+'), str('#')], 'Hello # world #'],
  ['replace_regex', [str('ab'), str('(a)(b)'), str('\\2\\1$')], 'ba$'],
  ['replace', [str('\\d'), str('N'), str('a1b2')], 'aNbN'],
  ['countof', [str('aaa'), str('a')], 3],
  ['countof', [str('aaa'), str('aa')], 2],
  ['countof', [str('aaa'), str('a{2}'), str('regex')], 1],
  ['countof', [str('ab.c-d'), str('[^0-9A-Za-z]'), str('regex')], 2],
  ['trim', [str('--'), str('--https://x--')], 'https://x'],
  ['trim', [str('\\s+'), str('  hi  ')], 'hi'],
  ['trim_start', [str('[\\\\]*'), str('\\\\WORKSTATION')], 'WORKSTATION'],
  ['trim_end', [str('\\.'), str('host.')], 'host'],
  ['url_decode', [str('https%3a%2f%2fwww.bing.com%2f')], 'https://www.bing.com/'],
  ['url_decode', [str('%E0%A4%A')], ''],
  // url-encode-function.md: lowercase escapes, a space as +.
  ['url_encode', [str('https://www.bing.com/a b')], 'https%3a%2f%2fwww.bing.com%2fa+b'],
  ['url_encode_component', [str('a b/')], 'a%20b%2f'],
  ['base64_decode_tostring', [str('S3VzdG8=')], 'Kusto'],
  ['base64_decode_tostring', [str('not base64!')], ''],
  ['base64_encode_tostring', [str('Kusto')], 'S3VzdG8='],
];

describe('string functions', () => {
  it.each(cases)('%s(%j) = %j', (name, args, expected) => {
    expect(callScalar(name, ...args)).toEqual(expected);
  });

  it('compiles a regex that is not a literal per row', () => {
    expect(callScalar('extract', column(str('id=(\\d+)')), long(1), str('id=42'))).toBe('42');
    expect(callScalar('replace_regex', str('a.b'), column(str('[.]')), str('_'))).toBe('a_b');
  });

  it('types extract() by its typeof() argument', () => {
    expect(callScalar('extract', str('(\\d+)'), long(1), str('n=7'), str('typeof(long)'))).toBe(7);
  });

  it('parses URLs and paths into property bags', () => {
    expect(callScalar('parse_url', str('https://user:pw@host.com:8080/a/b?k1=v1&k2=v2#frag'))).toEqual({
      Scheme: 'https',
      Host: 'host.com',
      Port: '8080',
      Path: '/a/b',
      Username: 'user',
      Password: 'pw',
      'Query Parameters': { k1: 'v1', k2: 'v2' },
      Fragment: 'frag',
    });
    expect(callScalar('parse_url', str('not a url'))).toEqual({});
    expect(callScalar('parse_path', str('C:\\temp\\file.txt'))).toEqual({
      Scheme: '',
      RootPath: 'C:',
      DirectoryPath: 'C:\\temp',
      DirectoryName: 'temp',
      Filename: 'file.txt',
      Extension: 'txt',
      AlternateDataStreamName: '',
    });
    // parse-path-function.md: only a drive letter is a root path; a UNC share or / is not.
    expect(callScalar('parse_path', str('\\\\shared\\users\\file.gz'))).toMatchObject({
      RootPath: '',
      DirectoryPath: '\\\\shared\\users',
    });
    expect(callScalar('parse_path', str('/usr/bin/sshd'))).toMatchObject({
      RootPath: '',
      Filename: 'sshd',
      DirectoryName: 'bin',
    });
    expect(callScalar('parse_path', str('C:\\temp\\file.txt:stream'))).toMatchObject({
      Filename: 'file.txt',
      AlternateDataStreamName: 'stream',
    });
  });
});
