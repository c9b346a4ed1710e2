import { openStore, type Store, type StoreOptions } from '../../src/store/index.ts';
import { createIsolatedPostgres, postgresUnavailableReason } from './postgres.ts';

export interface DialectCase {
  readonly name: 'sqlite' | 'postgres';
  /** Set when this dialect cannot run here; the suite is skipped and the reason printed. */
  readonly skipReason?: string;
  open(options?: Omit<StoreOptions, 'databaseUrl' | 'sqlitePath'>): Promise<Store>;
}

/** Every store dialect, so that one suite runs against SQLite and the real PostgreSQL (kysely's DIALECTS pattern). */
export async function storeDialects(): Promise<DialectCase[]> {
  const skipReason = await postgresUnavailableReason();
  if (skipReason) console.warn(`[store tests] skipping postgres: ${skipReason}`);
  return [
    { name: 'sqlite', open: (options) => openStore({ ...options, sqlitePath: ':memory:' }) },
    {
      name: 'postgres',
      skipReason,
      async open(options) {
        const { url } = await createIsolatedPostgres();
        return openStore({ ...options, databaseUrl: url });
      },
    },
  ];
}
