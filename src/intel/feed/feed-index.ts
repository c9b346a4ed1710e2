import { parseIp } from '../classify-ip.ts';
import type { Evidence } from '../types.ts';
import type { FeedEntry } from './parse-feed.ts';

const isHost = (entry: FeedEntry) => entry.range[1] === (entry.range[0].kind() === 'ipv4' ? 32 : 128);

/** Finds the most specific feed entry covering an IP and turns it into evidence. */
export class FeedIndex {
  // Single addresses (most of a typical feed) are a map lookup; only real CIDRs are scanned.
  private readonly hosts = new Map<string, FeedEntry>();
  // Most specific prefix first, so the first match wins: a /28 override beats its /24.
  private readonly networks: readonly FeedEntry[];

  constructor(entries: readonly FeedEntry[]) {
    for (const entry of entries.filter(isHost)) this.hosts.set(entry.range[0].toString(), entry);
    this.networks = entries.filter((e) => !isHost(e)).sort((a, b) => b.range[1] - a.range[1]);
  }

  get size(): number {
    return this.hosts.size + this.networks.length;
  }

  evidenceFor(ip: string): Evidence | undefined {
    const address = parseIp(ip);
    if (!address) return undefined;
    const entry =
      this.hosts.get(address.toString()) ??
      this.networks.find((e) => e.range[0].kind() === address.kind() && address.match(e.range));
    if (!entry) return undefined;
    const tags = entry.tags.length > 0 ? ` (${entry.tags.join(', ')})` : '';
    const covers = entry.indicator.includes('/') ? ` via ${entry.indicator}` : '';
    return {
      source: `feed:${entry.source}`,
      score: entry.score,
      reasons: [
        { text: `listed in feed '${entry.source}'${covers}${tags}, score ${entry.score}`, weight: entry.score },
      ],
    };
  }
}
