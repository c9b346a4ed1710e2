import ipaddr from 'ipaddr.js';

/** One entry of an IP named location's `ipRanges`. */
export interface IpRange {
  readonly '@odata.type': '#microsoft.graph.iPv4CidrRange' | '#microsoft.graph.iPv6CidrRange';
  readonly cidrAddress: string;
}

/** The indicator as the CIDR a named location stores (a single address becomes /32 or /128). */
export function toCidr(indicator: string): { cidr: string; prefix: number; range: IpRange } {
  const [address, prefix] = indicator.includes('/')
    ? ipaddr.parseCIDR(indicator)
    : (() => {
        const parsed = ipaddr.parse(indicator);
        return [parsed, parsed.kind() === 'ipv4' ? 32 : 128] as const;
      })();
  const cidr = `${address.toString()}/${prefix}`;
  const type = address.kind() === 'ipv4' ? '#microsoft.graph.iPv4CidrRange' : '#microsoft.graph.iPv6CidrRange';
  return { cidr, prefix, range: { '@odata.type': type, cidrAddress: cidr } };
}

/** Canonical text of a stored range, so `2001:DB8::1/128` and `2001:db8::1/128` compare equal. */
export function canonicalCidr(cidrAddress: string): string {
  try {
    const [address, prefix] = ipaddr.parseCIDR(cidrAddress);
    return `${address.toString()}/${prefix}`;
  } catch {
    return cidrAddress; // a range someone else wrote in a form we do not read: keep it as it is
  }
}
