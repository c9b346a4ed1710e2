import ipaddr from 'ipaddr.js';
import { defineScalar } from '../define.ts';
import type { ScalarFunction } from '../registry-types.ts';
import { asInteger, asString, isNull } from '../values.ts';

/** An IPv4 address with optional `/prefix`, as a 32-bit number masked to that prefix. */
interface Ipv4 {
  readonly value: number;
  readonly prefix: number;
}

const STRICT_IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?:\/(\d{1,2}))?$/;

export function parseIpv4(text: unknown, extraPrefix?: unknown): Ipv4 | null {
  const match = STRICT_IPV4.exec(asString(text).trim());
  if (!match) return null;
  const octets = match.slice(1, 5).map(Number);
  if (octets.some((octet) => octet > 255)) return null;
  const written = match[5] === undefined ? 32 : Number(match[5]);
  const requested = isNull(extraPrefix) ? 32 : asInteger(extraPrefix);
  if (written > 32 || requested === null || requested < 0 || requested > 32) return null;
  const prefix = Math.min(written, requested);
  const raw = ((octets[0] << 24) >>> 0) + (octets[1] << 16) + (octets[2] << 8) + octets[3];
  return { value: maskTo(raw, prefix), prefix };
}

function maskTo(value: number, prefix: number): number {
  return prefix === 0 ? 0 : (value & (0xffffffff << (32 - prefix))) >>> 0;
}

function compareIpv4(left: unknown, right: unknown, prefix?: unknown): number | null {
  const a = parseIpv4(left, prefix);
  const b = parseIpv4(right, prefix);
  if (!a || !b) return null;
  const bits = Math.min(a.prefix, b.prefix);
  const diff = maskTo(a.value, bits) - maskTo(b.value, bits);
  return Math.sign(diff);
}

const PRIVATE_RANGES = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'].map((range) => parseIpv4(range) as Ipv4);

function inRange(address: Ipv4, range: Ipv4): boolean {
  return maskTo(address.value, range.prefix) === range.value;
}

/** IPv4 addresses written in free text, bounded by anything that cannot extend an address. */
const IPV4_IN_TEXT = /(?<![\w.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\w]|\.\d)/g;

function ipv4sIn(text: unknown): Set<number> {
  const found = new Set<number>();
  for (const [candidate] of asString(text).matchAll(IPV4_IN_TEXT)) {
    const parsed = parseIpv4(candidate);
    if (parsed) found.add(parsed.value);
  }
  return found;
}

/**
 * An IPv6 (or IPv4, as its IPv4-mapped IPv6 form) address with its optional `/prefix` in IPv6 bits:
 * an IPv4 prefix counts from the mapped address's 96th bit (`192.168.1.1/24` keeps 96 + 24 bits),
 * as ipv6-compare-function.md shows.
 */
export function parseIpv6(text: unknown): { readonly address: ipaddr.IPv6; readonly prefix: number } | null {
  const [raw, written, ...rest] = asString(text).trim().split('/');
  if (rest.length > 0 || !ipaddr.isValid(raw) || (written !== undefined && !/^\d{1,3}$/.test(written))) return null;
  const parsed = ipaddr.parse(raw);
  const isV4 = parsed.kind() === 'ipv4';
  const bits = written === undefined ? (isV4 ? 32 : 128) : Number(written);
  if (bits > (isV4 ? 32 : 128)) return null;
  const address = isV4 ? (parsed as ipaddr.IPv4).toIPv4MappedAddress() : (parsed as ipaddr.IPv6);
  // `::192.168.255.255/24`: an address written with an IPv4 tail counts its prefix from bit 96 too
  // (parse-ipv6-mask-function.md).
  const ipv4Tail = !isV4 && raw.includes('.') && written !== undefined;
  return { address, prefix: isV4 || ipv4Tail ? Math.min(128, 96 + bits) : bits };
}

export function numberToIpv4(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');
}

/** An `*_is_match` function: whether the comparison finds the two equal, null when it cannot compare them. */
function isMatch(compare: (left: unknown, right: unknown, prefix?: unknown) => number | null) {
  return (left: unknown, right: unknown, prefix?: unknown): boolean | null => {
    const comparison = compare(left, right, prefix);
    return comparison === null ? null : comparison === 0;
  };
}

export function compareIpv6(left: unknown, right: unknown, prefix?: unknown): number | null {
  const a = parseIpv6(left);
  const b = parseIpv6(right);
  const requested = isNull(prefix) ? 128 : asInteger(prefix);
  if (!a || !b || requested === null || requested < 0) return null;
  const shift = BigInt(128 - Math.min(128, requested, a.prefix, b.prefix));
  const toBig = (ip: ipaddr.IPv6) => ip.parts.reduce((acc, part) => (acc << 16n) | BigInt(part), 0n) >> shift;
  const diff = toBig(a.address) - toBig(b.address);
  return diff === 0n ? 0 : diff < 0n ? -1 : 1;
}

/** One to three octets each followed by a dot ("10.", "10.0.0."), or a whole address ("10.0.0.1"). */
const IPV4_PREFIX = /^(?:\d{1,3}\.){1,3}$|^(?:\d{1,3}\.){3}\d{1,3}$/;

/**
 * has-ipv4-prefix-function.md: true when the prefix is valid and a valid, properly delimited address in
 * the text starts with it; false otherwise, including for an invalid prefix ("127.0") or an address
 * with an octet over 255.
 */
function hasIpv4Prefix(source: unknown, prefix: unknown): boolean {
  const wanted = asString(prefix);
  if (!IPV4_PREFIX.test(wanted) || wanted.split('.').some((octet) => Number(octet) > 255)) return false;
  const octetPrefix = wanted.endsWith('.') ? wanted : `${wanted}.`;
  return [...asString(source).matchAll(IPV4_IN_TEXT)].some(
    ([ip]) => parseIpv4(ip) !== null && `${ip}.`.startsWith(octetPrefix),
  );
}

/** format_ipv4/format_ipv4_mask: an address (text or number) masked to the prefix, written by `write`; "" when invalid. */
function formatIpv4(name: string, write: (address: Ipv4) => string): ScalarFunction {
  return defineScalar({
    name,
    params: [['string', 'number']],
    optional: ['number'],
    result: 'string',
    impl: (ip, prefix) => {
      const address = typeof ip === 'number' ? parseIpv4(numberToIpv4(ip), prefix) : parseIpv4(ip, prefix);
      return address ? write(address) : '';
    },
  });
}

export const ipFunctions: readonly ScalarFunction[] = [
  defineScalar({
    name: 'ipv4_is_private',
    params: ['string'],
    result: 'bool',
    impl: (ip) => {
      const address = parseIpv4(ip);
      return address ? PRIVATE_RANGES.some((range) => inRange(address, range)) : null;
    },
  }),
  defineScalar({
    name: 'ipv4_is_in_range',
    params: ['string', 'string'],
    result: 'bool',
    impl: (ip, range) => {
      const address = parseIpv4(ip);
      const network = parseIpv4(range);
      return address && network ? inRange(address, network) : null;
    },
  }),
  defineScalar({
    name: 'ipv4_is_in_any_range',
    params: ['string', ['string', 'dynamic']],
    rest: ['string', 'dynamic'],
    result: 'bool',
    impl: (ip, ...ranges) => {
      const address = parseIpv4(ip);
      if (!address) return null;
      return ranges.flat().some((range) => {
        const network = parseIpv4(range);
        return network !== null && inRange(address, network);
      });
    },
  }),
  defineScalar({
    name: 'ipv4_compare',
    params: ['string', 'string'],
    optional: ['number'],
    result: 'int',
    impl: compareIpv4,
  }),
  defineScalar({
    name: 'ipv4_is_match',
    params: ['string', 'string'],
    optional: ['number'],
    result: 'bool',
    impl: isMatch(compareIpv4),
  }),
  defineScalar({
    name: 'parse_ipv4',
    params: ['string'],
    result: 'long',
    impl: (ip) => parseIpv4(ip)?.value ?? null,
  }),
  defineScalar({
    name: 'parse_ipv4_mask',
    params: ['string', 'number'],
    result: 'long',
    impl: (ip, prefix) => parseIpv4(ip, prefix)?.value ?? null,
  }),
  defineScalar({
    name: 'has_ipv4',
    params: ['string', 'string'],
    result: 'bool',
    impl: (source, ip) => {
      // An invalid address is found nowhere: false, not null (has-ipv4-function.md: '127.0.0.256').
      const address = parseIpv4(ip);
      return address ? ipv4sIn(source).has(address.value) : false;
    },
  }),
  defineScalar({
    name: 'has_any_ipv4',
    params: ['string', ['string', 'dynamic']],
    rest: ['string', 'dynamic'],
    result: 'bool',
    impl: (source, ...ips) => {
      const present = ipv4sIn(source);
      return ips.flat().some((ip) => {
        const address = parseIpv4(ip);
        return address !== null && present.has(address.value);
      });
    },
  }),
  defineScalar({
    name: 'ipv6_compare',
    params: ['string', 'string'],
    optional: ['number'],
    result: 'int',
    impl: compareIpv6,
  }),
  defineScalar({
    name: 'ipv6_is_match',
    params: ['string', 'string'],
    optional: ['number'],
    result: 'bool',
    impl: isMatch(compareIpv6),
  }),
  formatIpv4('format_ipv4', (address) => numberToIpv4(address.value)),
  // format-ipv4-mask-function.md: the masked address with its prefix, "192.168.1.0/24".
  formatIpv4('format_ipv4_mask', (address) => `${numberToIpv4(address.value)}/${address.prefix}`),
  defineScalar({
    name: 'ipv4_netmask_suffix',
    params: ['string'],
    result: 'int',
    impl: (ip) => parseIpv4(ip)?.prefix ?? null,
  }),
  defineScalar({ name: 'has_ipv4_prefix', params: ['string', 'string'], result: 'bool', impl: hasIpv4Prefix }),
  defineScalar({
    // has-any-ipv4-prefix-function.md: any of the prefixes, given as arguments or arrays.
    name: 'has_any_ipv4_prefix',
    params: ['string', ['string', 'dynamic']],
    rest: ['string', 'dynamic'],
    result: 'bool',
    impl: (source, ...prefixes) => prefixes.flat().some((prefix) => hasIpv4Prefix(source, prefix)),
  }),
];
