/** The slice of the store that intel needs: a key/value cache with per-entry TTL. */
export interface IntelCache {
  get(key: string): Promise<unknown | undefined>;
  set(key: string, value: unknown, ttlMs: number): Promise<void>;
}

/** Structural slice of the store's namespaced cache (`openStore(...).cache`). */
export interface NamespacedCache {
  get(namespace: string, key: string): Promise<unknown | undefined>;
  set(namespace: string, key: string, value: unknown, ttlMs: number): Promise<void>;
}

/** Adapts the store's cache to IntelCache under the `intel` namespace. */
export function intelCacheFromStore(cache: NamespacedCache): IntelCache {
  return {
    get: (key) => cache.get('intel', key),
    set: (key, value, ttlMs) => cache.set('intel', key, value, ttlMs),
  };
}
