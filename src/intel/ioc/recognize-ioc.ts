import ipaddr from 'ipaddr.js';
import { parse as parseDomain } from 'tldts';
import type { Ioc } from './ioc.ts';

const HASH_TYPES = { 32: 'md5', 40: 'sha1', 64: 'sha256' } as const;
// RFC 1035 labels after IDNA: letters, digits and inner dashes (underscores appear in real DNS records too).
const LABEL = /^(?!-)[a-z0-9_-]{1,63}(?<!-)$/;

/**
 * Recognises what kind of indicator a typed or logged value is, and spells it canonically; undefined when it is
 * none of them. Defanged spellings from threat reports (`hxxp://`, `evil[.]example`) are read as the real thing.
 *
 * @example recognizeIoc('HXXPS://Evil[.]Example/a') // { type: 'url', value: 'https://evil.example/a' }
 */
export function recognizeIoc(text: string): Ioc | undefined {
  const trimmed = refang(text.trim());
  if (trimmed === '' || /\s/.test(trimmed)) return undefined;
  const hashType = /^[0-9a-f]+$/i.test(trimmed) ? HASH_TYPES[trimmed.length as keyof typeof HASH_TYPES] : undefined;
  if (hashType) return { type: hashType, value: trimmed.toLowerCase() };
  const ip = canonicalIp(trimmed);
  if (ip) return { type: 'ip', value: ip };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) return canonicalUrl(trimmed);
  const domain = canonicalDomain(trimmed);
  return domain === undefined ? undefined : { type: 'domain', value: domain };
}

function refang(text: string): string {
  return text.replace(/^hxxp(s?):\/\//i, 'http$1://').replace(/\[\.\]|\(\.\)|\{\.\}/g, '.');
}

/**
 * Strict: dotted-quad IPv4 or IPv6, optionally with a prefix (`0x7f.1`-style forms are refused). A single
 * address is spelled alone (IPv4-mapped IPv6 as its IPv4); a range as `address/prefix`.
 */
export function canonicalIp(text: string): string | undefined {
  const [address = '', prefix, extra] = text.split('/');
  if (extra !== undefined || !(ipaddr.IPv4.isValidFourPartDecimal(address) || ipaddr.IPv6.isValid(address)))
    return undefined;
  if (prefix !== undefined && !/^\d{1,3}$/.test(prefix)) return undefined;
  try {
    let parsed = ipaddr.parse(address);
    if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress() && prefix === undefined)
      parsed = (parsed as ipaddr.IPv6).toIPv4Address();
    const full = parsed.kind() === 'ipv4' ? 32 : 128;
    const bits = prefix === undefined ? full : Number(prefix);
    if (bits > full) return undefined;
    return bits === full ? parsed.toString() : `${parsed.toString()}/${bits}`;
  } catch {
    return undefined;
  }
}

function canonicalUrl(text: string): Ioc | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (canonicalIp(host) !== undefined) return { type: 'url', value: url.href };
  const domain = canonicalDomain(host);
  if (domain === undefined) return undefined;
  // `login.microsoftonline.com.` (or `%2e`, `。`) names the same host: spelt without the dot, the guardrails and
  // the own-domain check see the host they protect instead of a look-alike.
  url.hostname = domain;
  return { type: 'url', value: url.href };
}

/** A host name in lower-case ASCII (IDNA), without a trailing dot; undefined when it is not one. */
export function canonicalDomain(text: string): string | undefined {
  if (text.includes('/') || text.includes(':') || text.includes('@')) return undefined;
  let host: string;
  try {
    host = new URL(`http://${text}`).hostname.replace(/\.$/, '');
  } catch {
    return undefined;
  }
  const labels = host.split('.');
  if (host.length > 253 || !labels.every((label) => LABEL.test(label))) return undefined;
  // A last label of digits only is a mistyped address, not a domain (`10.0.0` reaches here as such).
  if (/^\d+$/.test(labels.at(-1)!)) return undefined;
  return parseDomain(host).isIp ? undefined : host;
}
