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
  return { input, ioc, place, why, otxType: otxTypeOf(ioc) };
}

function otxTypeOf(ioc: Ioc): OtxIndicatorType | undefined {
  if (isFileHash(ioc.type)) return 'file';
  if (ioc.type === 'url') return 'url';
  // OTX keeps registered domains and the host names under them apart.
  if (ioc.type === 'domain') return getDomain(ioc.value) === ioc.value ? 'domain' : 'hostname';
  if (ioc.value.includes('/')) return undefined;
  return parseIp(ioc.value)?.kind() === 'ipv6' ? 'IPv6' : 'IPv4';
}
