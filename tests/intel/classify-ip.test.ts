import { describe, expect, it } from 'vitest';
import { classifyIp } from '../../src/intel/index.ts';

describe('classifyIp', () => {
  it.each([
    ['10.1.2.3', 'internal'],
    ['172.16.0.9', 'internal'],
    ['192.168.1.1', 'internal'],
    ['127.0.0.1', 'internal'],
    ['169.254.10.1', 'internal'],
    ['100.64.0.1', 'internal'],
    ['fd12:3456::1', 'internal'],
    ['fe80::1', 'internal'],
    ['::1', 'internal'],
    ['::ffff:10.0.0.1', 'internal'],
  ])('labels %s as %s', (ip, expected) => {
    expect(classifyIp(ip)).toBe(expected);
  });

  it.each([
    ['0.0.0.0', 'reserved'],
    ['224.0.0.251', 'reserved'],
    ['255.255.255.255', 'reserved'],
    ['240.0.0.1', 'reserved'],
    ['198.18.0.1', 'reserved'],
    ['192.0.0.8', 'reserved'],
    ['::', 'reserved'],
    ['ff02::1', 'reserved'],
    ['2001:db8::1', 'reserved'],
    ['2002:c000:204::1', 'reserved'],
  ])('labels %s as %s', (ip, expected) => {
    expect(classifyIp(ip)).toBe(expected);
  });

  it.each(['8.8.8.8', '192.0.2.10', '198.51.100.7', '203.0.113.250', '2a0e:97c0:3e3:1a2::15', '::ffff:203.0.113.5'])(
    'treats %s as public (documentation ranges included)',
    (ip) => {
      expect(classifyIp(ip)).toBe('public');
    },
  );

  it.each(['', 'not-an-ip', '10.1', '1.2.3.4.5', '0x7f.0.0.1', '300.1.1.1'])('rejects %j as invalid', (text) => {
    expect(classifyIp(text)).toBe('invalid');
  });
});
