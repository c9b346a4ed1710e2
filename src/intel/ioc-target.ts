import { getDomain } from 'tldts';
import { parseIp } from './classify-ip.ts';
import { classifyIoc } from './ioc/classify-ioc.ts';
import type { Ioc } from './ioc/ioc.ts';
import { isFileHash } from './ioc/ioc.ts';
import { recognizeIoc } from './ioc/recognize-ioc.ts';

/** OTX's URL slug for an indicator type (api-contracts §5.1). */
export type OtxIndicatorType = 'IPv4' | 'IPv6' | 'domain' | 'hostname' | 'url' | 'file';

/** One requested indicator, recognised and normalised once: the form OTX, the feed and the cache see. */
export interface IocTarget {
  readonly input: string;
  /** Undefined when the input is no indicator huntops knows. */
  readonly ioc?: Ioc;
  /** Only `public` targets are sent to OTX. */
  readonly place?: 'public' | 'internal' | 'reserved';
  /** Why a target is not public, e.g. `private address` or `internal host name (no dot)`. */
  readonly why?: string;
  /** How OTX files it; undefined for ranges, which OTX does not look up. */
  readonly otxType?: OtxIndicatorType;
}

export function toIocTarget(input: string, ownDomains: readonly string[]): IocTarget {
  const ioc = recognizeIoc(input);
  if (!ioc) return { input };
  const { place, why } = classifyIoc(ioc, ownDomains);
  const carried = place === 'public' && ioc.type === 'url' ? carriedSecret(ioc.value, ownDomains) : undefined;
  return { input, ioc, place: carried ? 'internal' : place, why: carried ?? why, otxType: otxTypeOf(ioc) };
}

/**
 * Why a public URL still must not leave: a phishing link often carries its victim (`?u=alice@contoso.com`) or
 * credentials (`https://user:pass@host/`), and OTX would receive the whole URL. The match is loose on purpose:
 * a URL merely mentioning a look-alike of an own domain stays unsent too.
 */
function carriedSecret(value: string, ownDomains: readonly string[]): string | undefined {
  const url = new URL(value);
  if (url.username || url.password) return 'URL with credentials in it';
  let rest = `${url.pathname}${url.search}${url.hash}`;
  try {
    rest = decodeURIComponent(rest);
  } catch {
    // A malformed escape: match the text as written.
  }
  const own = ownDomains.find((domain) => rest.toLowerCase().includes(domain.toLowerCase()));
  return own ? `URL naming the organisation's domain ${own} in its path or query` : undefined;
}

function otxTypeOf(ioc: Ioc): OtxIndicatorType | undefined {
  if (isFileHash(ioc.type)) return 'file';
  if (ioc.type === 'url') return 'url';
  // OTX keeps registered domains and the host names under them apart.
  if (ioc.type === 'domain') return getDomain(ioc.value) === ioc.value ? 'domain' : 'hostname';
  if (ioc.value.includes('/')) return undefined;
  return parseIp(ioc.value)?.kind() === 'ipv6' ? 'IPv6' : 'IPv4';
}
