import { describe, expect, it } from 'vitest';
import { type Arg, callScalar, dyn, long, str } from './support/helpers.ts';

type Case = readonly [name: string, args: Arg[], expected: unknown];

const cases: Case[] = [
  ['ipv4_is_private', [str('10.1.2.3')], true],
  ['ipv4_is_private', [str('172.31.255.255')], true],
  ['ipv4_is_private', [str('172.32.0.1')], false],
  ['ipv4_is_private', [str('192.168.1.1/24')], true],
  ['ipv4_is_private', [str('8.8.8.8')], false],
  ['ipv4_is_private', [str('not an ip')], null],
  ['ipv4_is_private', [str('256.1.1.1')], null],
  ['ipv4_is_in_range', [str('192.168.1.6'), str('192.168.1.1/24')], true],
  ['ipv4_is_in_range', [str('192.168.2.6'), str('192.168.1.1/24')], false],
  ['ipv4_is_in_range', [str('10.0.0.1'), str('10.0.0.1')], true],
  ['ipv4_is_in_any_range', [str('10.1.1.1'), dyn(['192.168.0.0/16', '10.0.0.0/8'])], true],
  ['ipv4_compare', [str('127.0.0.1'), str('127.0.0.1')], 0],
  ['ipv4_compare', [str('192.168.1.1'), str('192.168.1.255')], -1],
  ['ipv4_compare', [str('192.168.1.1/24'), str('192.168.1.255/24')], 0],
  ['ipv4_compare', [str('192.168.1.1'), str('192.168.1.255'), long(24)], 0],
  ['ipv4_compare', [str('192.168.1.9'), str('192.168.1.1')], 1],
  ['ipv4_is_match', [str('192.168.1.1'), str('192.168.1.255'), long(24)], true],
  ['parse_ipv4', [str('127.0.0.1')], 2130706433],
  ['parse_ipv4', [str('192.1.168.1/16')], 3221291008],
  ['parse_ipv4', [str('1.2.3')], null],
  ['parse_ipv4_mask', [str('192.1.168.2'), long(24)], 3221334016],
  ['has_ipv4', [str('log 10.0.0.1 end'), str('10.0.0.1')], true],
  ['has_ipv4', [str('log 110.0.0.1 end'), str('10.0.0.1')], false],
  ['has_ipv4', [str('log 10.0.0.1.5'), str('10.0.0.1')], false],
  ['has_ipv4', [str('from 10.0.0.1.'), str('10.0.0.1')], true],
  ['has_any_ipv4', [str('src=1.2.3.4,dst=5.6.7.8'), dyn(['9.9.9.9', '5.6.7.8'])], true],
  ['has_any_ipv4', [str('src=1.2.3.4'), str('9.9.9.9'), str('1.2.3.4')], true],
  ['has_any_ipv4', [str('src=1.2.3.44'), dyn(['1.2.3.4'])], false],
  ['ipv6_compare', [str('::ffff:7f00:1'), str('127.0.0.1')], 0],
  ['ipv6_compare', [str('fe80::85d:e82c:9446:7994'), str('fe80::85d:e82c:9446:7995')], -1],
  ['ipv6_compare', [str('fe80::85d:e82c:9446:7994'), str('fe80::85d:e82c:9446:7995'), long(127)], 0],
  ['ipv6_is_match', [str('::ffff:7f00:1'), str('127.0.0.1')], true],
  ['ipv6_is_match', [str('fe80::1'), str('fe80::2')], false],
  ['format_ipv4', [str('192.168.1.255'), long(24)], '192.168.1.0'],
  ['format_ipv4', [long(3232236031)], '192.168.1.255'],
  ['format_ipv4', [str('bad')], ''],
  ['ipv4_netmask_suffix', [str('192.168.1.1/24')], 24],
  ['ipv4_netmask_suffix', [str('192.168.1.1')], 32],
  ['has_ipv4_prefix', [str('log 127.0.0.1 end'), str('127.0.')], true],
  ['has_ipv4_prefix', [str('log 127.0.0.1 end'), str('127.0.0.1')], true],
  ['has_ipv4_prefix', [str('log 127.10.0.1 end'), str('127.1.')], false],
  // has-ipv4-prefix-function.md: an invalid prefix, an invalid or badly delimited address give false.
  ['has_ipv4_prefix', [str('log 127.0.0.1 end'), str('12')], false],
  ['has_ipv4_prefix', [str('05:04:54 127.0.0.1 GET /favicon.ico 404'), str('127.0')], false],
  ['has_ipv4_prefix', [str('05:04:54 127.0.0.256 GET /favicon.ico 404'), str('127.0.')], false],
  ['has_ipv4_prefix', [str('05:04:54127.0.0.1 GET /favicon.ico 404'), str('127.0.')], false],
  ['has_ipv4_prefix', [str('log 127.0.0.1 end'), str('127.300.')], false],
];

describe('ip functions', () => {
  it.each(cases)('%s(%j) = %j', (name, args, expected) => {
    expect(callScalar(name, ...args)).toEqual(expected);
  });
});
