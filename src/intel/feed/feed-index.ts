import { parseIp } from '../classify-ip.ts';
import type { Evidence } from '../types.ts';
import type { FeedEntry } from './parse-feed.ts';

/** Finds the most specific feed entry covering an IP and turns it into evidence. */
export class FeedIndex {
  // Most specific prefix first, so the first match wins: a /32 override beats its /24.
  private readonly entries: readonly FeedEntry[];

  constructor(entries: readonly FeedEntry[]) {
    this.entries = [...entries].sort((a, b) => b.range[1] - a.range[1]);
  }

  get size(): number {
    return this.entries.length;
  }

  evidenceFor(ip: string): Evidence | undefined {
    const address = parseIp(ip);
    if (!address) return undefined;
    const entry = this.entries.find((e) => e.range[0].kind() === address.kind() && address.match(e.range));
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
