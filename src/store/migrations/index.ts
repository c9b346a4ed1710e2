import { type Kysely, type MigrationProvider, Migrator, sql } from 'kysely';
import { auditAndCache } from './001-audit-and-cache.ts';
import { huntRuns } from './002-hunt-runs.ts';
import { proposals } from './003-proposals.ts';
import { conversations } from './004-conversations.ts';
import { digestRuns } from './005-digest-runs.ts';
import { digestRunFailures } from './006-digest-run-failures.ts';
import { huntRunQueries } from './007-hunt-run-queries.ts';
import { proposalCards } from './008-proposal-cards.ts';
import { proposalIocTypes } from './009-proposal-ioc-types.ts';
import type { Dialect, Migration } from './migration.ts';

/** Every migration in order. Append new ones; never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
  auditAndCache,
  huntRuns,
  proposals,
  conversations,
  digestRuns,
  digestRunFailures,
  huntRunQueries,
  proposalCards,
  proposalIocTypes,
];

/** Runs pending migrations on either dialect. Kysely's migrator takes a lock, so replicas starting together are safe. */
export async function migrateToLatest(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const provider: MigrationProvider = {
    async getMigrations() {
      return Object.fromEntries(
        MIGRATIONS.map((migration) => [migration.name, { up: (k: Kysely<unknown>) => migration.up(k, dialect) }]),
      );
    },
  };
  // Kysely looks for its bookkeeping tables in every schema it can see; naming the connection's own schema
  // keeps that check honest when several huntops databases share one server in separate schemas.
  const schema =
    dialect === 'postgres'
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
      : undefined;
  const { error, results } = await new Migrator({
    db,
    provider,
    migrationTableName: 'huntops_migrations',
    migrationLockTableName: 'huntops_migrations_lock',
    migrationTableSchema: schema,
  }).migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`store migration ${failed} failed: ${(error as Error).message}`, { cause: error });
  }
}

export type { Dialect, Migration } from './migration.ts';
