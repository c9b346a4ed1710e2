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

/** This run's schemas share a prefix (set by the suite's global setup), so the run drops exactly its own at the end. */
export const RUN_SCHEMA_PREFIX = `t_${process.env.HUNTOPS_TEST_PG_RUN ?? 'adhoc'}_`;

/**
 * A fresh schema per test so that suites running in parallel (and earlier runs) never see each other's rows;
 * returns a DATABASE_URL that selects it. Schemas are dropped once the whole run is over, not as each test
 * ends: kysely's migrator reads the catalogue of every schema, and a schema dropped by one worker while
 * another migrates makes that migration fail with "schema … does not exist".
 */
export async function createIsolatedPostgres(): Promise<{ url: string }> {
  const schema = `${RUN_SCHEMA_PREFIX}${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const url = new URL(TEST_POSTGRES_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return { url: url.toString() };
}

/** Drops every schema whose name starts with `prefix` (the run's own), when PostgreSQL is there at all. */
export async function dropRunSchemas(prefix: string): Promise<void> {
  if (await postgresUnavailableReason()) return;
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      'select nspname as name from pg_namespace where starts_with(nspname, $1)',
      [prefix],
    );
    for (const { name } of rows) await client.query(`drop schema if exists "${name}" cascade`);
  } finally {
    await client.end();
  }
}
