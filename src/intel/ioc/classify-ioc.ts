import { parse as parseDomain } from 'tldts';
import { classifyAddress as classifyIpAddress, ipRangeName, parseIp } from '../classify-ip.ts';
import type { Ioc } from './ioc.ts';
import { canonicalIp } from './recognize-ioc.ts';

/** Where an indicator lives: only `public` ones may be sent to OTX or blocked. */
export interface IocPlace {
  readonly place: 'public' | 'internal' | 'reserved';
  /** Why it is not public, for the card, e.g. `internal host name (no dot)`. */
  readonly why?: string;
}

// Suffixes that only ever name hosts inside an organisation (RFC 6762, RFC 8375 and common practice).
const INTERNAL_SUFFIXES = ['local', 'localdomain', 'internal', 'intranet', 'corp', 'lan', 'home.arpa', 'localhost'];
// RFC 2606 documentation names: demos and tests use them as stand-ins for public attackers, like 203.0.113.0/24.
const DOCUMENTATION_SUFFIXES = ['example', 'example.com', 'example.net', 'example.org'];

/** True when `host` is `domain` or one of its subdomains. */
export const isWithin = (host: string, domain: string): boolean => host === domain || host.endsWith(`.${domain}`);

/**
 * Classifies an indicator: private and reserved addresses (intel's `classifyIp`), single-label and internal-suffix
 * host names, names under the organisation's own domains, and names under no public top-level domain are never
 * public; a URL is where its host is; a file hash names no place and is always public.
 */
export function classifyIoc(ioc: Ioc, ownDomains: readonly string[]): IocPlace {
  if (ioc.type === 'ip') return classifyAddress(ioc.value);
  if (ioc.type === 'domain') return classifyHost(ioc.value, ownDomains);
  if (ioc.type !== 'url') return { place: 'public' };
  const host = new URL(ioc.value).hostname.replace(/^\[|\]$/g, '');
  return canonicalIp(host) === undefined ? classifyHost(host, ownDomains) : classifyAddress(host);
}

function classifyAddress(value: string): IocPlace {
  const address = parseIp(value.split('/')[0]!)!;
  const place = classifyIpAddress(address);
  return place === 'public' ? { place } : { place, why: `${place} address (${ipRangeName(address)})` };
}

function classifyHost(host: string, ownDomains: readonly string[]): IocPlace {
  if (!host.includes('.')) return { place: 'internal', why: 'internal host name (no dot)' };
  const own = ownDomains.find((domain) => isWithin(host, domain.toLowerCase()));
  if (own) return { place: 'internal', why: `under the organisation's own domain ${own}` };
  const suffix = INTERNAL_SUFFIXES.find((s) => isWithin(host, s));
  if (suffix) return { place: 'internal', why: `internal host name (.${suffix})` };
  if (DOCUMENTATION_SUFFIXES.some((s) => isWithin(host, s))) return { place: 'public' };
  const parsed = parseDomain(host, { allowPrivateDomains: true });
  if (!parsed.isIcann && !parsed.isPrivate) return { place: 'internal', why: 'not under a public top-level domain' };
  return { place: 'public' };
}
