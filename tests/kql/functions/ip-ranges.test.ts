import { describe, expect, it } from 'vitest';
import { callScalar, dyn, long, str } from './support/helpers.ts';

describe('IPv6 canonical form (parse-ipv6-function.md, parse-ipv6-mask-function.md)', () => {
  it('writes eight full groups, IPv4 as its mapped form, masked to the prefix', () => {
    expect(callScalar('parse_ipv6', str('192.168.255.255/24'))).toBe('0000:0000:0000:0000:0000:ffff:c0a8:ff00');
    expect(callScalar('parse_ipv6', str('fe80::85d:e82c:9446:7994'))).toBe('fe80:0000:0000:0000:085d:e82c:9446:7994');
    expect(callScalar('parse_ipv6_mask', str('fe80::85d:e82c:9446:7994/120'), long(124))).toBe(
      'fe80:0000:0000:0000:085d:e82c:9446:7900',
    );
    expect(callScalar('parse_ipv6_mask', str('::192.168.255.255/24'), long(128))).toBe(
      '0000:0000:0000:0000:0000:ffff:c0a8:ff00',
    );
    expect(callScalar('parse_ipv6_mask', str('::1'), long(129))).toBe('');
    expect(callScalar('parse_ipv6', str('not an address'))).toBe('');
  });
});

describe('IPv6 ranges (ipv6-is-in-range-function.md, ipv6-is-in-any-range-function.md)', () => {
  const ip = str('a5e:f127:8a9d:146d:e102:b5d3:c755:abcd');

  it('tells whether the address is in the range or any of the ranges', () => {
    expect(callScalar('ipv6_is_in_range', ip, str('a5e:f127:8a9d:146d:e102:b5d3:c755:0000/112'))).toBe(true);
    expect(callScalar('ipv6_is_in_range', ip, str('0:0:0:0:0:ffff:c0a8:ac/60'))).toBe(false);
    expect(callScalar('ipv6_is_in_any_range', ip, dyn(['::1', 'a5e:f127:8a9d:146d:e102:b5d3:c755:0/112']))).toBe(true);
    expect(callScalar('ipv6_is_in_any_range', ip, str('::1'), str('::2'))).toBe(false);
    expect(callScalar('ipv6_is_in_range', str('bad'), str('::/0'))).toBeNull();
  });
});

describe('ipv4_range_to_cidr_list (ipv4-range-to-cidr-list-function.md)', () => {
  it('covers the range with the fewest blocks', () => {
    expect(callScalar('ipv4_range_to_cidr_list', str('1.1.128.0'), str('1.1.140.255'))).toEqual([
      '1.1.128.0/21',
      '1.1.136.0/22',
      '1.1.140.0/24',
    ]);
    expect(callScalar('ipv4_range_to_cidr_list', str('0.0.0.0'), str('255.255.255.255'))).toEqual(['0.0.0.0/0']);
    expect(callScalar('ipv4_range_to_cidr_list', str('10.0.0.5'), str('10.0.0.5'))).toEqual(['10.0.0.5/32']);
    expect(callScalar('ipv4_range_to_cidr_list', str('10.0.0.9'), str('10.0.0.5'))).toBeNull();
  });
});
