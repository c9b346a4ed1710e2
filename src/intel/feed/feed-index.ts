import ipaddr from 'ipaddr.js';
import type { Ioc } from '../ioc/ioc.ts';
import type { Evidence } from '../types.ts';
import type { FeedEntry } from './parse-feed.ts';

const isSingle = (entry: FeedEntry) =>
  entry.range === undefined || entry.range[1] === (entry.range[0].kind() === 'ipv4' ? 32 : 128);

/**
 * Finds the most specific feed entry covering an indicator and turns it into evidence: an address is covered by
 * its ranges, a host name by the domains above it, a URL by itself or else by its host, a hash only by itself.
 */
export class FeedIndex {
  // Single values (most of a typical feed) are a map lookup by canonical value; only real CIDRs are scanned.
  private readonly values = new Map<string, FeedEntry>();
  // Most specific prefix first, so the first match wins: a /28 override beats its /24.
  private readonly networks: readonly FeedEntry[];

  constructor(entries: readonly FeedEntry[]) {
    for (const entry of entries.filter(isSingle)) this.values.set(entry.ioc.value, entry);
    this.networks = entries.filter((e) => !isSingle(e)).sort((a, b) => b.range![1] - a.range![1]);
  }

  get size(): number {
    return this.values.size + this.networks.length;
  }

  evidenceFor(ioc: Ioc): Evidence | undefined {
    const entry = this.entryFor(ioc);
    if (!entry) return undefined;
    const tags = entry.tags.length > 0 ? ` (${entry.tags.join(', ')})` : '';
    const covers = entry.ioc.value === ioc.value ? '' : ` via ${entry.indicator}`;
    return {
      source: `feed:${entry.source}`,
      score: entry.score,
      reasons: [
        { text: `listed in feed '${entry.source}'${covers}${tags}, score ${entry.score}`, weight: entry.score },
      ],
    };
  }

  private entryFor(ioc: Ioc): FeedEntry | undefined {
    if (ioc.type === 'ip') return this.values.get(ioc.value) ?? this.networkOf(ioc.value);
    if (ioc.type === 'domain') return this.domainOf(ioc.value);
    if (ioc.type !== 'url') return this.values.get(ioc.value);
    const host = new URL(ioc.value).hostname.replace(/^\[|\]$/g, '');
    return this.values.get(ioc.value) ?? (ipaddr.isValid(host) ? this.networkOf(host) : this.domainOf(host));
  }

  private networkOf(ip: string): FeedEntry | undefined {
    if (ip.includes('/') || !ipaddr.isValid(ip)) return undefined;
    const address = ipaddr.process(ip);
    return (
      this.values.get(address.toString()) ??
      this.networks.find((e) => e.range![0].kind() === address.kind() && address.match(e.range!))
    );
  }

  /** The entry of the host itself or of the nearest domain above it. */
  private domainOf(host: string): FeedEntry | undefined {
    const labels = host.split('.');
    for (let i = 0; i < labels.length - 1; i++) {
      const entry = this.values.get(labels.slice(i).join('.'));
      if (entry?.ioc.type === 'domain') return entry;
    }
    return undefined;
  }
}
