import { classifyAddress, type IpClass, ipRangeName, parseIp } from './classify-ip.ts';

/** One requested IP, normalised once: the form OTX, the feed and the cache see. */
export interface IpTarget {
  readonly input: string;
  /** Lower-case compact IPv6, or dotted IPv4 (IPv4-mapped IPv6 becomes IPv4). */
  readonly normalized: string;
  readonly ipClass: IpClass;
  readonly family?: 'ipv4' | 'ipv6';
  /** ipaddr.js range name, e.g. `private`, `multicast`, `documentation`. */
  readonly range?: string;
}

export function toIpTarget(input: string): IpTarget {
  const address = parseIp(input);
  if (!address) return { input, normalized: input.trim(), ipClass: 'invalid' };
  return {
    input,
    normalized: address.toString(),
    ipClass: classifyAddress(address),
    family: address.kind(),
    range: ipRangeName(address),
  };
}
