import ipaddr from 'ipaddr.js';

/**
 * Where an address lives. Only `public` addresses may leave huntops (OTX lookups) or be blocked;
 * the blocking guardrails reuse this exact definition.
 */
export type IpClass = 'public' | 'internal' | 'reserved' | 'invalid';

// Ranges of the organisation's own networks: worth hunting on, never worth sending to a TI service.
const INTERNAL_RANGES = new Set(['private', 'loopback', 'linkLocal', 'carrierGradeNat', 'uniqueLocal']);
// Globally routed anycast ranges that ipaddr.js names but that behave like any public address.
const PUBLIC_RANGES = new Set(['unicast', 'as112', 'as112v6', 'amt']);
// RFC 5737 documentation ranges: huntops demos and tests use them as stand-ins for public attackers.
const DOCUMENTATION_V4 = ['192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24'].map((cidr) =>
  ipaddr.IPv4.parseCIDR(cidr),
);

// The longest IPv6 text: eight groups of four hex digits with an IPv4 tail, 45 characters.
const MAX_IPV6_LENGTH = 45;

/** Parses a strict dotted-quad IPv4 or an IPv6 address; IPv4-mapped IPv6 becomes its IPv4. Undefined when invalid. */
export function parseIp(text: string): ipaddr.IPv4 | ipaddr.IPv6 | undefined {
  const trimmed = text.trim();
  if (ipaddr.IPv4.isValidFourPartDecimal(trimmed)) return ipaddr.IPv4.parse(trimmed);
  // ipaddr.js parses any text it is given; most texts a hunt or a log walk meets cannot be IPv6 at a glance.
  if (!trimmed.includes(':') || trimmed.length > MAX_IPV6_LENGTH || !ipaddr.IPv6.isValid(trimmed)) return undefined;
  const v6 = ipaddr.IPv6.parse(trimmed);
  return v6.isIPv4MappedAddress() ? v6.toIPv4Address() : v6;
}

/** The ipaddr.js range name of an address (`private`, `multicast`, `unicast`, …), or `documentation`. */
export function ipRangeName(address: ipaddr.IPv4 | ipaddr.IPv6): string {
  if (address.kind() === 'ipv4' && DOCUMENTATION_V4.some((cidr) => (address as ipaddr.IPv4).match(cidr))) {
    return 'documentation';
  }
  return address.range();
}

/** Classifies a parsed address; see classifyIp. */
export function classifyAddress(address: ipaddr.IPv4 | ipaddr.IPv6): Exclude<IpClass, 'invalid'> {
  const range = ipRangeName(address);
  if (range === 'documentation' || PUBLIC_RANGES.has(range)) return 'public';
  return INTERNAL_RANGES.has(range) ? 'internal' : 'reserved';
}

/**
 * Classifies an IP address: `internal` (private, loopback, link-local, CGNAT, unique-local), `reserved`
 * (unspecified, multicast, broadcast, benchmarking, tunnelling and other non-routable ranges), `public`
 * (including the three IPv4 documentation ranges), or `invalid` when the text is not an address.
 *
 * @example classifyIp('10.1.2.3') // 'internal'
 */
export function classifyIp(ip: string): IpClass {
  const address = parseIp(ip);
  return address ? classifyAddress(address) : 'invalid';
}
