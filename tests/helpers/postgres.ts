import { randomUUID } from 'node:crypto';
import pg from 'pg';

/** The shared test server (see the env notes); override with TEST_DATABASE_URL. */
export const TEST_POSTGRES_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Resolves to undefined when PostgreSQL answers, or the reason it does not. */
export async function postgresUnavailableReason(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return undefined;
  } catch (error) {
    return `PostgreSQL at ${TEST_POSTGRES_URL} did not answer: ${(error as Error).message}`;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * A fresh schema per test so that suites running in parallel (and earlier runs) never see each
 * other's rows. Returns a DATABASE_URL that selects it and a function that drops it.
 */
export async function createIsolatedPostgres(): Promise<{ url: string; drop: () => Promise<void> }> {
  const schema = `t_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const url = new URL(TEST_POSTGRES_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
      await client.connect();
      await client.query(`drop schema if exists ${schema} cascade`);
      await client.end();
    },
  };
}
