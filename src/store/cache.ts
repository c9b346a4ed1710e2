import type { Kysely } from 'kysely';
import type { Database } from './table-shapes.ts';

/** A shared TTL cache (threat-intel answers, tokens of state) that every replica sees. */
export interface Cache {
  get(namespace: string, key: string): Promise<unknown | undefined>;
  set(namespace: string, key: string, value: unknown, ttlMs: number): Promise<void>;
  /**
   * Takes `key` for `ttlMs` if no live entry holds it: true for exactly one caller, on every replica,
   * however close together they ask (one conditional upsert, no read-then-write gap).
   */
  claim(namespace: string, key: string, ttlMs: number): Promise<boolean>;
  /** Removes expired entries; returns how many. */
  sweep(): Promise<number>;
}

export function createCache(db: Kysely<Database>, clock: () => number): Cache {
  return {
    async get(namespace, key) {
      const row = await db
        .selectFrom('kv_cache')
        .select(['value', 'expires_at'])
        .where('namespace', '=', namespace)
        .where('key', '=', key)
        .executeTakeFirst();
      if (!row || Number(row.expires_at) <= clock()) return undefined;
      return JSON.parse(row.value);
    },
    async set(namespace, key, value, ttlMs) {
      const entry = { value: JSON.stringify(value ?? null), expires_at: Math.round(clock() + ttlMs) };
      await db
        .insertInto('kv_cache')
        .values({ namespace, key, ...entry })
        .onConflict((conflict) => conflict.columns(['namespace', 'key']).doUpdateSet(entry))
        .execute();
    },
    async claim(namespace, key, ttlMs) {
      const now = clock();
      const entry = { value: 'true', expires_at: Math.round(now + ttlMs) };
      const result = await db
        .insertInto('kv_cache')
        .values({ namespace, key, ...entry })
        .onConflict((conflict) =>
          conflict.columns(['namespace', 'key']).doUpdateSet(entry).where('kv_cache.expires_at', '<=', now),
        )
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
    },
    async sweep() {
      const result = await db.deleteFrom('kv_cache').where('expires_at', '<=', clock()).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
