import { defineScalar } from '../define.ts';
import type { ScalarFunction } from '../registry-types.ts';
import { asInteger, isNull } from '../values.ts';
import { compareIpv6, numberToIpv4, parseIpv4, parseIpv6 } from './ip.ts';

/**
 * parse_ipv6/parse_ipv6_mask (parse-ipv6-function.md, parse-ipv6-mask-function.md): the address in
 * full canonical form, eight groups of four hex digits, masked to its prefix (an IPv4 address as
 * its IPv4-mapped form, its prefix counted from bit 96); ipv6_is_in_range/ipv6_is_in_any_range;
 * ipv4_range_to_cidr_list (ipv4-range-to-cidr-list-function.md).
 */
function canonicalIpv6(text: unknown, extraPrefix?: unknown): string | null {
  const parsed = parseIpv6(text);
  const requested = isNull(extraPrefix) ? 128 : asInteger(extraPrefix);
  if (!parsed || requested === null || requested < 0 || requested > 128) return null;
  const prefix = Math.min(parsed.prefix, requested);
  return parsed.address.parts
    .map((part, index) => {
      const kept = Math.max(0, Math.min(16, prefix - index * 16));
      const masked = kept === 0 ? 0 : part & (0xffff << (16 - kept));
      return masked.toString(16).padStart(4, '0');
    })
    .join(':');
}

function inIpv6Range(ip: unknown, range: unknown): boolean | null {
  const compared = compareIpv6(ip, range);
  return compared === null ? null : compared === 0;
}

/** The smallest list of CIDR blocks covering start…end, largest blocks first from the start. */
function cidrList(start: unknown, end: unknown): string[] | null {
  const [first, last] = [parseIpv4(start), parseIpv4(end)];
  if (!first || !last || first.value > last.value) return null;
  const blocks: string[] = [];
  let at = first.value;
  while (at <= last.value) {
    let size = 32;
    while (size > 0) {
      const block = 2 ** (33 - size);
      if (at % block !== 0 || at + block - 1 > last.value) break;
      size--;
    }
    blocks.push(`${numberToIpv4(at)}/${size}`);
    at += 2 ** (32 - size);
  }
  return blocks;
}

export const ipRangeFunctions: readonly ScalarFunction[] = [
  defineScalar({ name: 'parse_ipv6', params: ['string'], result: 'string', impl: (ip) => canonicalIpv6(ip) }),
  defineScalar({ name: 'parse_ipv6_mask', params: ['string', 'number'], result: 'string', impl: canonicalIpv6 }),
  defineScalar({ name: 'ipv6_is_in_range', params: ['string', 'string'], result: 'bool', impl: inIpv6Range }),
  defineScalar({
    name: 'ipv6_is_in_any_range',
    params: ['string', ['string', 'dynamic']],
    rest: ['string', 'dynamic'],
    result: 'bool',
    impl: (ip, ...ranges) => {
      if (!parseIpv6(ip)) return null;
      return ranges.flat().some((range) => inIpv6Range(ip, range) === true);
    },
  }),
  defineScalar({ name: 'ipv4_range_to_cidr_list', params: ['string', 'string'], result: 'dynamic', impl: cidrList }),
];
