import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { type AuditLog, createAuditLog } from './audit-log.ts';
import { type Cache, createCache } from './cache.ts';
import { type Dialect, migrateToLatest } from './migrations/index.ts';
import { StoreError } from './store-error.ts';
import type { Database } from './table-shapes.ts';

export interface StoreOptions {
  /** A postgres:// URL; when absent the embedded SQLite file is used. */
  readonly databaseUrl?: string;
  /** SQLite file, or `:memory:`. */
  readonly sqlitePath?: string;
  readonly clock?: () => number;
}

export interface Store {
  readonly dialect: Dialect;
  readonly db: Kysely<Database>;
  readonly audit: AuditLog;
  readonly cache: Cache;
  /** Resolves when the database answers; used by readiness checks. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Opens the store and brings its schema up to date. */
export async function openStore(options: StoreOptions): Promise<Store> {
  const clock = options.clock ?? Date.now;
  const dialect: Dialect = options.databaseUrl ? 'postgres' : 'sqlite';
  const where = options.databaseUrl
    ? `DATABASE_URL (${serverOf(options.databaseUrl)})`
    : `store.sqlitePath ${options.sqlitePath ?? ':memory:'}`;
  const db = connect(options, where);
  try {
    await migrateToLatest(db as Kysely<unknown>, dialect);
  } catch (error) {
    await db.destroy();
    throw new StoreError(where, error);
  }
  return {
    dialect,
    db,
    audit: createAuditLog(db, clock),
    cache: createCache(db, clock),
    async ping() {
      await sql`select 1`.execute(db);
    },
    close: () => db.destroy(),
  };
}

/** Host, port and database of a connection URL: enough to say where, with no user or password. */
function serverOf(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.host}${parsed.pathname}`;
  } catch {
    return 'an unparseable URL';
  }
}

function connect(options: StoreOptions, where: string): Kysely<Database> {
  try {
    return new Kysely<Database>({
      dialect: options.databaseUrl
        ? postgresDialect(options.databaseUrl)
        : sqliteDialect(options.sqlitePath ?? ':memory:'),
    });
  } catch (error) {
    // An SQLite file that cannot be created or opened fails here, before any query.
    throw new StoreError(where, error);
  }
}

function sqliteDialect(path: string): SqliteDialect {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const database = new SqliteDatabase(path);
  // WAL lets the CLI read (audit export, blocks list) while the bot writes.
  database.pragma('journal_mode = WAL');
  database.pragma('busy_timeout = 5000');
  return new SqliteDialect({ database });
}

function postgresDialect(connectionString: string): PostgresDialect {
  // BIGINT (epoch-ms columns) comes back as a JS number rather than a string.
  pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
  return new PostgresDialect({ pool: new pg.Pool({ connectionString, max: 10 }) });
}
