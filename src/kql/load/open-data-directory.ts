// Imported from its own module rather than ../query.ts so loading data does not pull in the compiler.
import { KqlDatabase } from '../compile/kql-database.ts';
import type { LoadedTables } from './directory.ts';
import type { WarningSink } from './errors.ts';
import { loadColumnTablesCached } from './table-cache.ts';

const databases = new WeakMap<LoadedTables, KqlDatabase>();

/**
 * A queryable database over a data directory (see ./directory.ts for the file rules). Tables are
 * loaded once per process and reloaded when a data file changes; warnings of the load that built
 * the database are reported on every call, so each caller can show them. Throws the `KqlLoadError` of
 * the first table that cannot be loaded: a caller without a query cannot tell whether it needs that table.
 */
export async function openDatabaseDirectory(
  dir: string,
  options: { onWarning?: WarningSink } = {},
): Promise<KqlDatabase> {
  const loaded = await loadColumnTablesCached(dir);
  if (loaded.unreadable.length > 0) throw loaded.unreadable[0].error;
  if (options.onWarning) for (const warning of loaded.warnings) options.onWarning(warning);
  let database = databases.get(loaded);
  if (database === undefined) {
    database = KqlDatabase.empty().withTables(...loaded.tables);
    databases.set(loaded, database);
  }
  return database;
}
