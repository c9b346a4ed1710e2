import type { Kysely } from 'kysely';

export type Dialect = 'sqlite' | 'postgres';

/** One schema step. The dialect is passed because a few column types differ (identity columns). */
export interface Migration {
  readonly name: string;
  up(db: Kysely<unknown>, dialect: Dialect): Promise<void>;
}
