/** Above this many keys, buckets that have refilled completely are forgotten (they hold nothing worth keeping). */
const PRUNE_ABOVE = 10_000;

export interface TokenBuckets {
  /** Spends one token of `key`'s bucket: 0 when there was one, else the milliseconds until there will be. */
  take(key: string): number;
}

/**
 * One token bucket per key: each key may spend `capacity` tokens at once, and gets them back evenly over `refillMs`.
 * Keys live in a Map, so any string a user sends is just a key.
 */
export function tokenBuckets(options: { capacity: number; refillMs: number; clock: () => number }): TokenBuckets {
  const { capacity, clock } = options;
  const msPerToken = options.refillMs / capacity;
  const buckets = new Map<string, { tokens: number; at: number }>();
  const level = (bucket: { tokens: number; at: number }, now: number) =>
    Math.min(capacity, bucket.tokens + (now - bucket.at) / msPerToken);
  return {
    take(key) {
      const now = clock();
      const bucket = buckets.get(key);
      const tokens = bucket ? level(bucket, now) : capacity;
      if (tokens < 1) return Math.ceil((1 - tokens) * msPerToken);
      if (!bucket && buckets.size >= PRUNE_ABOVE) {
        for (const [other, held] of buckets) if (level(held, now) >= capacity) buckets.delete(other);
      }
      buckets.set(key, { tokens: tokens - 1, at: now });
      return 0;
    },
  };
}
