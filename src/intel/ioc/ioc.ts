/**
 * The kinds of indicator huntops scores and blocks. `ip` covers single addresses and, where a provider takes
 * them, CIDR ranges; `md5` is looked up but never blocked (Defender's file indicators are SHA-1 and SHA-256).
 */
export const IOC_TYPES = ['ip', 'domain', 'url', 'sha1', 'sha256', 'md5'] as const;
export type IocType = (typeof IOC_TYPES)[number];

/** How cards, lists and titles name each type. */
export const IOC_TYPE_LABELS: Readonly<Record<IocType, string>> = {
  ip: 'IP',
  domain: 'domain',
  url: 'URL',
  sha1: 'SHA-1',
  sha256: 'SHA-256',
  md5: 'MD5',
};

/** The types a block may be proposed for. */
export const BLOCKABLE_IOC_TYPES = ['ip', 'domain', 'url', 'sha1', 'sha256'] as const satisfies readonly IocType[];
export type BlockableIocType = (typeof BLOCKABLE_IOC_TYPES)[number];

/** One indicator in its canonical spelling: the form the cache, the feed, OTX and the proposals see. */
export interface Ioc {
  readonly type: IocType;
  /** Lower-case host names and hashes, compact IPv6, WHATWG-serialised URLs, `address/prefix` for ranges. */
  readonly value: string;
}

/** What `recognizeIoc` says when a value is none of the types, for chat and the CLI. */
export const ACCEPTED_IOC_TYPES =
  'an IPv4 or IPv6 address (or CIDR range), a domain name, an http(s) URL, or a SHA-1, SHA-256 or MD5 hash';

/** True for the file-hash types, which Defender files under one family of indicators and OTX under `file`. */
export const isFileHash = (type: IocType): boolean => type === 'sha1' || type === 'sha256' || type === 'md5';
